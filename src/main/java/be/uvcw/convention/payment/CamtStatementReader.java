package be.uvcw.convention.payment;

import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus2Code;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ISO 20022 camt.053 (BankToCustomerStatement) versions .001.02 and .001.08, read through
 * Prowide's JAXB model of each version (pw-iso20022). One credit per booked credit entry, or per
 * transaction when the bank reports a batch entry with its transactions. Pending and informational
 * entries, reversals and debits are left out.
 */
final class CamtStatementReader {

  static final String NS_02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
  static final String NS_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

  private CamtStatementReader() {}

  static ParsedStatement read(String xml) {
    if (xml.contains(NS_02)) {
      return read02(xml);
    }
    if (xml.contains(NS_08)) {
      return read08(xml);
    }
    throw new InvalidStatementException("Ce fichier XML n'est pas un relevé camt.053 en version .001.02 ou .001.08"
        + " (espace de noms attendu : " + NS_02 + " ou " + NS_08 + ").");
  }

  /** One booked entry as both versions give it; the credits come from it the same way. */
  private record Entry(boolean credit, boolean booked, String bankRef, LocalDate booking, LocalDate value, BigDecimal amount,
                       String currency, List<Transaction> transactions) {}

  /** One transaction of an entry; its amount only when the entry is a batch of several. */
  private record Transaction(String bankRef, BigDecimal amount, String currency, String name, String iban, List<String> free,
                             List<String> structured) {}

  private static ParsedStatement read02(String xml) {
    MxCamt05300102 message = MxCamt05300102.parse(xml);
    if (message == null || message.getBkToCstmrStmt() == null || message.getBkToCstmrStmt().getStmt().isEmpty()) {
      throw new InvalidStatementException("Le relevé camt.053.001.02 est illisible ou ne contient aucun extrait (Stmt).");
    }
    List<ParsedStatement> statements = new ArrayList<>();
    for (AccountStatement2 stmt : message.getBkToCstmrStmt().getStmt()) {
      String iban = stmt.getAcct() == null || stmt.getAcct().getId() == null ? null : stmt.getAcct().getId().getIBAN();
      List<Entry> entries = stmt.getNtry().stream().map(CamtStatementReader::entry02).toList();
      statements.add(fromEntries(StatementFormat.CAMT_053_001_02, iban, stmt.getId(),
          stmt.getCreDtTm() == null ? null : stmt.getCreDtTm().toLocalDate(), entries));
    }
    return merged(statements);
  }

  private static Entry entry02(ReportEntry2 entry) {
    List<Transaction> transactions = entry.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream()).map(tx -> {
      var amount = tx.getAmtDtls() == null || tx.getAmtDtls().getTxAmt() == null ? null : tx.getAmtDtls().getTxAmt().getAmt();
      var parties = tx.getRltdPties();
      var remittance = tx.getRmtInf();
      return new Transaction(tx.getRefs() == null ? null : tx.getRefs().getAcctSvcrRef(),
          amount == null ? null : amount.getValue(), amount == null ? null : amount.getCcy(),
          parties == null || parties.getDbtr() == null ? null : parties.getDbtr().getNm(),
          parties == null || parties.getDbtrAcct() == null || parties.getDbtrAcct().getId() == null ? null
              : parties.getDbtrAcct().getId().getIBAN(),
          remittance == null ? List.of() : remittance.getUstrd(),
          remittance == null ? List.of() : remittance.getStrd().stream()
              .map(r -> r.getCdtrRefInf() == null ? null : r.getCdtrRefInf().getRef()).filter(Objects::nonNull).toList());
    }).toList();
    return new Entry(entry.getCdtDbtInd() == CreditDebitCode.CRDT && !Boolean.TRUE.equals(entry.isRvslInd()),
        entry.getSts() == null || entry.getSts() == EntryStatus2Code.BOOK, entry.getAcctSvcrRef(), date(entry.getBookgDt()),
        date(entry.getValDt()), entry.getAmt().getValue(), entry.getAmt().getCcy(), transactions);
  }

  private static ParsedStatement read08(String xml) {
    MxCamt05300108 message = MxCamt05300108.parse(xml);
    if (message == null || message.getBkToCstmrStmt() == null || message.getBkToCstmrStmt().getStmt().isEmpty()) {
      throw new InvalidStatementException("Le relevé camt.053.001.08 est illisible ou ne contient aucun extrait (Stmt).");
    }
    List<ParsedStatement> statements = new ArrayList<>();
    for (AccountStatement9 stmt : message.getBkToCstmrStmt().getStmt()) {
      String iban = stmt.getAcct() == null || stmt.getAcct().getId() == null ? null : stmt.getAcct().getId().getIBAN();
      List<Entry> entries = stmt.getNtry().stream().map(CamtStatementReader::entry08).toList();
      statements.add(fromEntries(StatementFormat.CAMT_053_001_08, iban, stmt.getId(),
          stmt.getCreDtTm() == null ? null : stmt.getCreDtTm().toLocalDate(), entries));
    }
    return merged(statements);
  }

  private static Entry entry08(ReportEntry10 entry) {
    List<Transaction> transactions = entry.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream()).map(tx -> {
      var parties = tx.getRltdPties();
      var remittance = tx.getRmtInf();
      return new Transaction(tx.getRefs() == null ? null : tx.getRefs().getAcctSvcrRef(),
          tx.getAmt() == null ? null : tx.getAmt().getValue(), tx.getAmt() == null ? null : tx.getAmt().getCcy(),
          parties == null || parties.getDbtr() == null || parties.getDbtr().getPty() == null ? null : parties.getDbtr().getPty().getNm(),
          parties == null || parties.getDbtrAcct() == null || parties.getDbtrAcct().getId() == null ? null
              : parties.getDbtrAcct().getId().getIBAN(),
          remittance == null ? List.of() : remittance.getUstrd(),
          remittance == null ? List.of() : remittance.getStrd().stream()
              .map(r -> r.getCdtrRefInf() == null ? null : r.getCdtrRefInf().getRef()).filter(Objects::nonNull).toList());
    }).toList();
    return new Entry(entry.getCdtDbtInd() == CreditDebitCode.CRDT && !Boolean.TRUE.equals(entry.isRvslInd()),
        entry.getSts() == null || entry.getSts().getCd() == null || "BOOK".equals(entry.getSts().getCd()), entry.getAcctSvcrRef(),
        date(entry.getBookgDt()), date(entry.getValDt()), entry.getAmt().getValue(), entry.getAmt().getCcy(), transactions);
  }

  /** Credits of the booked credit entries: one per transaction (a batch entry lists several), or the entry itself. */
  private static ParsedStatement fromEntries(StatementFormat format, String iban, String id, LocalDate created, List<Entry> entries) {
    List<ParsedStatement.Credit> credits = new ArrayList<>();
    int debits = 0;
    for (Entry entry : entries) {
      if (!entry.credit()) {
        debits++;
        continue;
      }
      if (!entry.booked()) {
        continue;
      }
      if (entry.transactions().isEmpty()) {
        credits.add(credit(entry.bankRef(), entry.booking(), entry.value(), entry.amount(), entry.currency(), null, null,
            List.of(), List.of()));
      }
      boolean batch = entry.transactions().size() > 1;
      for (int i = 0; i < entry.transactions().size(); i++) {
        Transaction tx = entry.transactions().get(i);
        boolean ownAmount = batch && tx.amount() != null;
        String ref = tx.bankRef() != null ? tx.bankRef()
            : entry.bankRef() == null ? null : entry.bankRef() + (batch ? "/" + (i + 1) : "");
        credits.add(credit(ref, entry.booking(), entry.value(), ownAmount ? tx.amount() : entry.amount(),
            ownAmount ? tx.currency() : entry.currency(), tx.name(), tx.iban(), tx.free(), tx.structured()));
      }
    }
    return statement(format, iban, id, created, credits, debits);
  }

  private static ParsedStatement statement(StatementFormat format, String iban, String id, LocalDate created,
      List<ParsedStatement.Credit> credits, int debits) {
    if (iban == null || iban.isBlank()) {
      throw new InvalidStatementException("Le relevé " + format.label() + " ne donne pas l'IBAN du compte (Stmt/Acct/Id/IBAN).");
    }
    if (id == null || id.isBlank()) {
      throw new InvalidStatementException("Le relevé " + format.label() + " n'a pas d'identifiant (Stmt/Id).");
    }
    LocalDate date = created != null ? created
        : credits.stream().map(ParsedStatement.Credit::bookingDate).max(LocalDate::compareTo).orElse(null);
    if (date == null) {
      throw new InvalidStatementException("Le relevé " + id + " n'a pas de date de création (Stmt/CreDtTm).");
    }
    return new ParsedStatement(format, Ibans.normalise(iban), id.trim(), date, credits, debits);
  }

  /** A file holds one statement in practice; several for the same account are imported as one. */
  private static ParsedStatement merged(List<ParsedStatement> statements) {
    ParsedStatement first = statements.get(0);
    if (statements.size() == 1) {
      return first;
    }
    if (statements.stream().anyMatch(s -> !s.accountIban().equals(first.accountIban()))) {
      throw new InvalidStatementException("Ce fichier contient les relevés de plusieurs comptes : importez-les un par un.");
    }
    return new ParsedStatement(first.format(), first.accountIban(),
        statements.stream().map(ParsedStatement::statementRef).collect(Collectors.joining("+")),
        statements.stream().map(ParsedStatement::statementDate).max(LocalDate::compareTo).orElseThrow(),
        statements.stream().flatMap(s -> s.credits().stream()).toList(),
        statements.stream().mapToInt(ParsedStatement::debitsIgnored).sum());
  }

  private static ParsedStatement.Credit credit(String bankRef, LocalDate booking, LocalDate value, BigDecimal amount,
      String currency, String name, String payerIban, List<String> free, List<String> structured) {
    if (booking == null) {
      throw new InvalidStatementException("Une écriture de crédit n'a pas de date de comptabilisation (Ntry/BookgDt).");
    }
    if (amount == null || amount.signum() <= 0) {
      throw new InvalidStatementException("Une écriture de crédit du " + booking + " n'a pas de montant positif (Ntry/Amt).");
    }
    String communication = Stream.concat(free.stream(), structured.stream())
        .filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    String structuredDigits = structured.stream().map(CamtStatementReader::twelveDigits).filter(Objects::nonNull)
        .findFirst().orElse(null);
    return Credits.of(bankRef, booking, value, amount, currency, name, payerIban, communication, structuredDigits);
  }

  /** "+++010/8068/17183+++", "010806817183" → the twelve digits; anything else (e.g. an RF reference) → null. */
  private static String twelveDigits(String reference) {
    String digits = reference.replaceAll("[+/\\s]", "");
    return digits.matches("[0-9]{12}") ? digits : null;
  }

  private static LocalDate date(DateAndDateTimeChoice choice) {
    if (choice == null) {
      return null;
    }
    return choice.getDt() != null ? choice.getDt() : choice.getDtTm() == null ? null : choice.getDtTm().toLocalDate();
  }

  private static LocalDate date(DateAndDateTime2Choice choice) {
    if (choice == null) {
      return null;
    }
    return choice.getDt() != null ? choice.getDt() : choice.getDtTm() == null ? null : choice.getDtTm().toLocalDate();
  }
}
