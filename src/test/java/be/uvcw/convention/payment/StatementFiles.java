package be.uvcw.convention.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes bank statements as the banks do, for the tests: camt.053.001.02, camt.053.001.08 and
 * CODA 2 (records 0, 1, 21, 22, 23, 8, 9 of 128 characters).
 */
public final class StatementFiles {

  public static final String UNION_IBAN = "BE09091011584657";
  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  /** A line of the statement: {@code structured} is twelve digits or null; {@code free} a free communication or null. */
  public record Line(String bankRef, LocalDate date, BigDecimal amount, boolean debit, String name, String iban, String structured,
                     String free) {
    public static Line credit(String bankRef, LocalDate date, String amount, String name, String iban, String structured, String free) {
      return new Line(bankRef, date, new BigDecimal(amount), false, name, iban, structured, free);
    }

    public static Line debit(String bankRef, LocalDate date, String amount, String name) {
      return new Line(bankRef, date, new BigDecimal(amount), true, name, "BE71096123456769", null, "Fournisseur");
    }
  }

  private StatementFiles() {}

  public static byte[] camt02(String statementId, LocalDate date, List<Line> lines) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>")
        .append("<GrpHdr><MsgId>MSG-").append(statementId).append("</MsgId><CreDtTm>").append(date).append("T07:00:00</CreDtTm></GrpHdr>")
        .append("<Stmt><Id>").append(statementId).append("</Id><CreDtTm>").append(date).append("T07:00:00</CreDtTm>")
        .append("<Acct><Id><IBAN>").append(UNION_IBAN).append("</IBAN></Id><Ccy>EUR</Ccy></Acct>");
    for (Line line : lines) {
      xml.append("<Ntry><Amt Ccy=\"EUR\">").append(line.amount().toPlainString()).append("</Amt><CdtDbtInd>")
          .append(line.debit() ? "DBIT" : "CRDT").append("</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>").append(line.date())
          .append("</Dt></BookgDt><ValDt><Dt>").append(line.date()).append("</Dt></ValDt><AcctSvcrRef>").append(line.bankRef())
          .append("</AcctSvcrRef><NtryDtls><TxDtls><Refs><AcctSvcrRef>").append(line.bankRef()).append("</AcctSvcrRef></Refs>")
          .append("<RltdPties><Dbtr><Nm>").append(escape(line.name())).append("</Nm></Dbtr><DbtrAcct><Id><IBAN>").append(line.iban())
          .append("</IBAN></Id></DbtrAcct></RltdPties>").append(remittance(line)).append("</TxDtls></NtryDtls></Ntry>");
    }
    return xml.append("</Stmt></BkToCstmrStmt></Document>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] camt08(String statementId, LocalDate date, List<Line> lines) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>")
        .append("<GrpHdr><MsgId>MSG-").append(statementId).append("</MsgId><CreDtTm>").append(date).append("T07:00:00+01:00</CreDtTm></GrpHdr>")
        .append("<Stmt><Id>").append(statementId).append("</Id><CreDtTm>").append(date).append("T07:00:00+01:00</CreDtTm>")
        .append("<Acct><Id><IBAN>").append(UNION_IBAN).append("</IBAN></Id><Ccy>EUR</Ccy></Acct>");
    for (Line line : lines) {
      xml.append("<Ntry><Amt Ccy=\"EUR\">").append(line.amount().toPlainString()).append("</Amt><CdtDbtInd>")
          .append(line.debit() ? "DBIT" : "CRDT").append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>").append(line.date())
          .append("</Dt></BookgDt><ValDt><Dt>").append(line.date()).append("</Dt></ValDt><AcctSvcrRef>").append(line.bankRef())
          .append("</AcctSvcrRef><NtryDtls><TxDtls><Refs><AcctSvcrRef>").append(line.bankRef()).append("</AcctSvcrRef></Refs>")
          .append("<Amt Ccy=\"EUR\">").append(line.amount().toPlainString()).append("</Amt>")
          .append("<RltdPties><Dbtr><Pty><Nm>").append(escape(line.name())).append("</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>")
          .append(line.iban()).append("</IBAN></Id></DbtrAcct></RltdPties>").append(remittance(line)).append("</TxDtls></NtryDtls></Ntry>");
    }
    return xml.append("</Stmt></BkToCstmrStmt></Document>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String remittance(Line line) {
    StringBuilder xml = new StringBuilder("<RmtInf>");
    if (line.free() != null) {
      xml.append("<Ustrd>").append(escape(line.free())).append("</Ustrd>");
    }
    if (line.structured() != null) {
      xml.append("<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>").append(line.structured())
          .append("</Ref></CdtrRefInf></Strd>");
    }
    return xml.append("</RmtInf>").toString();
  }

  /** CODA 2: {@code paperSequence} is the statement's number in the year (record 1). */
  public static byte[] coda(int paperSequence, LocalDate date, List<Line> lines) {
    if (lines.size() > 9_999) {
      throw new IllegalArgumentException("A CODA statement numbers its movements on four digits: at most 9,999");
    }
    StringBuilder coda = new StringBuilder();
    record(coda, "0" + "0000" + date.format(DDMMYY) + "000" + "05" + " " + " ".repeat(7) + pad("CONVTEST", 10)
        + pad("UNION DES VILLES ET COMMUN", 26) + pad("GKCCBEBB", 11) + "00207722926" + " " + "00000" + " ".repeat(16)
        + " ".repeat(16) + " ".repeat(7) + "2");
    record(coda, "1" + "2" + String.format("%03d", paperSequence) + pad(UNION_IBAN, 34) + "EUR" + "0" + amount(BigDecimal.ZERO)
        + date.minusDays(1).format(DDMMYY) + pad("UNION DES VILLES ET COMMUNES", 26) + pad("Compte courant", 35)
        + String.format("%03d", paperSequence));
    BigDecimal debits = BigDecimal.ZERO;
    BigDecimal credits = BigDecimal.ZERO;
    int records = 1;
    int sequence = 0;
    for (Line line : lines) {
      sequence++;
      String seq = String.format("%04d", sequence);
      String communication = line.structured() != null ? "101" + line.structured() + " ".repeat(38)
          : pad(line.free() == null ? "" : line.free(), 53);
      String first = communication.length() > 53 ? communication.substring(0, 53) : communication;
      String rest = line.structured() == null && line.free() != null && line.free().length() > 53 ? line.free().substring(53) : "";
      record(coda, "21" + seq + "0000" + pad(line.bankRef(), 21) + (line.debit() ? "1" : "0") + amount(line.amount())
          + line.date().format(DDMMYY) + "00150000" + (line.structured() != null ? "1" : "0") + first + line.date().format(DDMMYY)
          + String.format("%03d", paperSequence) + "0" + "1" + " " + "0");
      record(coda, "22" + seq + "0000" + pad(rest.length() > 53 ? rest.substring(0, 53) : rest, 53) + pad("", 35) + pad("GEBABEBB", 11)
          + "   " + " " + "    " + "    " + "    " + "1" + " " + "0");
      record(coda, "23" + seq + "0000" + pad(line.iban(), 34) + "EUR" + pad(line.name(), 35) + pad("", 43) + "0" + " " + "0");
      records += 3;
      if (line.debit()) {
        debits = debits.add(line.amount());
      } else {
        credits = credits.add(line.amount());
      }
    }
    record(coda, "8" + String.format("%03d", paperSequence) + pad(UNION_IBAN, 34) + "EUR" + "0" + amount(credits.subtract(debits).abs())
        + date.format(DDMMYY) + " ".repeat(64) + "0");
    records++;
    record(coda, "9" + " ".repeat(15) + String.format("%06d", records) + amount(debits) + amount(credits) + " ".repeat(75) + "2");
    return coda.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void record(StringBuilder coda, String record) {
    if (record.length() != 128) {
      throw new IllegalStateException("CODA record of " + record.length() + " characters: " + record);
    }
    coda.append(record).append("\r\n");
  }

  private static String amount(BigDecimal amount) {
    return String.format("%015d", amount.movePointRight(3).longValueExact());
  }

  private static String pad(String text, int width) {
    String value = text == null ? "" : text;
    return value.length() >= width ? value.substring(0, width) : value + " ".repeat(width - value.length());
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
