package be.uvcw.convention.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three formats read to the same credits; debits dropped; bad files refused in French. */
class StatementReaderTest {

  private static final LocalDate DAY = LocalDate.of(2026, 7, 15);
  private static final List<StatementFiles.Line> LINES = List.of(
      StatementFiles.Line.credit("BANKREF0001", DAY, "99.22", "CPAS de Namur", "BE68 5390 0754 7034", "202600000197", null),
      StatementFiles.Line.debit("BANKREF0002", DAY, "1500.00", "Fournisseur SA"),
      StatementFiles.Line.credit("BANKREF0003", DAY, "49.61", "Commune de Gesves", "BE62510007547061", null,
          "Facture 2026-00002 et merci"));

  @Test
  void camt053Version02GivesTheCreditsWithTheirCounterpartyAndCommunication() {
    assertStatement(StatementReader.read(StatementFiles.camt02("STMT-135", DAY, LINES)), StatementFormat.CAMT_053_001_02, "STMT-135");
  }

  @Test
  void camt053Version08GivesTheSameCredits() {
    assertStatement(StatementReader.read(StatementFiles.camt08("STMT-136", DAY, LINES)), StatementFormat.CAMT_053_001_08, "STMT-136");
  }

  @Test
  void codaGivesTheSameCredits() {
    ParsedStatement statement = StatementReader.read(StatementFiles.coda(135, DAY, LINES));
    assertStatement(statement, StatementFormat.CODA, "2026-135");
  }

  private static void assertStatement(ParsedStatement statement, StatementFormat format, String ref) {
    assertThat(statement.format()).isEqualTo(format);
    assertThat(statement.accountIban()).isEqualTo(StatementFiles.UNION_IBAN);
    assertThat(statement.statementRef()).isEqualTo(ref);
    assertThat(statement.statementDate()).isEqualTo(DAY);
    assertThat(statement.debitsIgnored()).isEqualTo(1);
    assertThat(statement.credits()).hasSize(2);
    ParsedStatement.Credit structured = statement.credits().get(0);
    assertThat(structured.entryRef()).isEqualTo("BANKREF0001");
    assertThat(structured.bookingDate()).isEqualTo(DAY);
    assertThat(structured.amount()).isEqualByComparingTo(new BigDecimal("99.22"));
    assertThat(structured.counterpartyName()).isEqualTo("CPAS de Namur");
    assertThat(structured.counterpartyIban()).isEqualTo("BE68539007547034");
    assertThat(structured.structuredCommunication()).isEqualTo("202600000197");
    ParsedStatement.Credit free = statement.credits().get(1);
    assertThat(free.amount()).isEqualByComparingTo(new BigDecimal("49.61"));
    assertThat(free.structuredCommunication()).isNull();
    assertThat(free.communication()).isEqualTo("Facture 2026-00002 et merci");
    assertThat(free.counterpartyIban()).isEqualTo("BE62510007547061");
  }

  @Test
  void aCreditWithoutBankReferenceGetsTheSameDerivedReferenceInEveryStatement() {
    var line = StatementFiles.Line.credit("", DAY, "10.00", "X", "BE62510007547061", null, "don");
    String first = StatementReader.read(StatementFiles.camt08("A", DAY, List.of(line))).credits().get(0).entryRef();
    String second = StatementReader.read(StatementFiles.camt08("B", DAY.plusDays(1), List.of(line))).credits().get(0).entryRef();
    assertThat(first).startsWith("H:").isEqualTo(second);
  }

  @Test
  void unknownAndBrokenFilesAreRefusedInFrench() {
    assertThatThrownBy(() -> StatementReader.read("bonjour".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidStatementException.class).hasMessageContaining("Format de relevé non reconnu");
    assertThatThrownBy(() -> StatementReader.read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"/>"
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidStatementException.class).hasMessageContaining("camt.053");
    byte[] coda = StatementFiles.coda(1, DAY, LINES);
    String truncated = new String(coda, StandardCharsets.ISO_8859_1);
    String withoutTrailer = truncated.substring(0, truncated.lastIndexOf("\r\n9"));
    assertThatThrownBy(() -> StatementReader.read(withoutTrailer.getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(InvalidStatementException.class).hasMessageContaining("(9)");
    assertThatThrownBy(() -> StatementReader.read(new byte[0])).hasMessageContaining("vide");
  }
}
