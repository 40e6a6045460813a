package be.uvcw.convention.payment;

import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus2Code;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
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

  private static ParsedStatement read02(String xml) {
    MxCamt05300102 message = MxCamt05300102.parse(xml);
    if (message == null || message.getBkToCstmrStmt() == null || message.getBkToCstmrStmt().getStmt().isEmpty()) {
      throw new InvalidStatementException("Le relevé camt.053.001.02 est illisible ou ne contient aucun extrait (Stmt).");
    }
    List<ParsedStatement> statements = new ArrayList<>();
    for (AccountStatement2 stmt : message.getBkToCstmrStmt().getStmt()) {
      String iban = stmt.getAcct() == null || stmt.getAcct().getId() == null ? null : stmt.getAcct().getId().getIBAN();
      List<ParsedStatement.Credit> credits = new ArrayList<>();
      int debits = 0;
      for (ReportEntry2 entry : stmt.getNtry()) {
        if (entry.getCdtDbtInd() != CreditDebitCode.CRDT || Boolean.TRUE.equals(entry.isRvslInd())) {
          debits++;
          continue;
        }
        if (entry.getSts() != null && entry.getSts() != EntryStatus2Code.BOOK) {
          continue;
        }
        LocalDate booking = date(entry.getBookgDt());
        LocalDate value = date(entry.getValDt());
        List<EntryTransaction2> transactions = entry.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream()).toList();
        if (transactions.isEmpty()) {
          credits.add(credit(entry.getAcctSvcrRef(), booking, value, entry.getAmt().getValue(), entry.getAmt().getCcy(),
              null, null, List.of(), List.of()));
        }
        for (int i = 0; i < transactions.size(); i++) {
          EntryTransaction2 tx = transactions.get(i);
          BigDecimal amount = entry.getAmt().getValue();
          String currency = entry.getAmt().getCcy();
          if (transactions.size() > 1 && tx.getAmtDtls() != null && tx.getAmtDtls().getTxAmt() != null) {
            amount = tx.getAmtDtls().getTxAmt().getAmt().getValue();
            currency = tx.getAmtDtls().getTxAmt().getAmt().getCcy();
          }
          var parties = tx.getRltdPties();
          String name = parties == null || parties.getDbtr() == null ? null : parties.getDbtr().getNm();
          String payerIban = parties == null || parties.getDbtrAcct() == null || parties.getDbtrAcct().getId() == null ? null
              : parties.getDbtrAcct().getId().getIBAN();
          var remittance = tx.getRmtInf();
          List<String> free = remittance == null ? List.of() : remittance.getUstrd();
          List<String> structured = remittance == null ? List.of() : remittance.getStrd().stream()
              .map(s -> s.getCdtrRefInf() == null ? null : s.getCdtrRefInf().getRef()).filter(Objects::nonNull).toList();
          String ref = tx.getRefs() != null && tx.getRefs().getAcctSvcrRef() != null ? tx.getRefs().getAcctSvcrRef()
              : entry.getAcctSvcrRef() == null ? null : entry.getAcctSvcrRef() + (transactions.size() > 1 ? "/" + (i + 1) : "");
          credits.add(credit(ref, booking, value, amount, currency, name, payerIban, free, structured));
        }
      }
      statements.add(statement(StatementFormat.CAMT_053_001_02, iban, stmt.getId(),
          stmt.getCreDtTm() == null ? null : stmt.getCreDtTm().toLocalDate(), credits, debits));
    }
    return merged(statements);
  }

  private static ParsedStatement read08(String xml) {
    MxCamt05300108 message = MxCamt05300108.parse(xml);
    if (message == null || message.getBkToCstmrStmt() == null || message.getBkToCstmrStmt().getStmt().isEmpty()) {
      throw new InvalidStatementException("Le relevé camt.053.001.08 est illisible ou ne contient aucun extrait (Stmt).");
    }
    List<ParsedStatement> statements = new ArrayList<>();
    for (AccountStatement9 stmt : message.getBkToCstmrStmt().getStmt()) {
      String iban = stmt.getAcct() == null || stmt.getAcct().getId() == null ? null : stmt.getAcct().getId().getIBAN();
      List<ParsedStatement.Credit> credits = new ArrayList<>();
      int debits = 0;
      for (ReportEntry10 entry : stmt.getNtry()) {
        if (entry.getCdtDbtInd() != CreditDebitCode.CRDT || Boolean.TRUE.equals(entry.isRvslInd())) {
          debits++;
          continue;
        }
        if (entry.getSts() != null && entry.getSts().getCd() != null && !"BOOK".equals(entry.getSts().getCd())) {
          continue;
        }
        LocalDate booking = date(entry.getBookgDt());
        LocalDate value = date(entry.getValDt());
        List<EntryTransaction10> transactions = entry.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream()).toList();
        if (transactions.isEmpty()) {
          credits.add(credit(entry.getAcctSvcrRef(), booking, value, entry.getAmt().getValue(), entry.getAmt().getCcy(),
              null, null, List.of(), List.of()));
        }
        for (int i = 0; i < transactions.size(); i++) {
          EntryTransaction10 tx = transactions.get(i);
          BigDecimal amount = entry.getAmt().getValue();
          String currency = entry.getAmt().getCcy();
          if (transactions.size() > 1 && tx.getAmt() != null) {
            amount = tx.getAmt().getValue();
            currency = tx.getAmt().getCcy();
          }
          var parties = tx.getRltdPties();
          String name = parties == null || parties.getDbtr() == null || parties.getDbtr().getPty() == null ? null
              : parties.getDbtr().getPty().getNm();
          String payerIban = parties == null || parties.getDbtrAcct() == null || parties.getDbtrAcct().getId() == null ? null
              : parties.getDbtrAcct().getId().getIBAN();
          var remittance = tx.getRmtInf();
          List<String> free = remittance == null ? List.of() : remittance.getUstrd();
          List<String> structured = remittance == null ? List.of() : remittance.getStrd().stream()
              .map(s -> s.getCdtrRefInf() == null ? null : s.getCdtrRefInf().getRef()).filter(Objects::nonNull).toList();
          String ref = tx.getRefs() != null && tx.getRefs().getAcctSvcrRef() != null ? tx.getRefs().getAcctSvcrRef()
              : entry.getAcctSvcrRef() == null ? null : entry.getAcctSvcrRef() + (transactions.size() > 1 ? "/" + (i + 1) : "");
          credits.add(credit(ref, booking, value, amount, currency, name, payerIban, free, structured));
        }
      }
      statements.add(statement(StatementFormat.CAMT_053_001_08, iban, stmt.getId(),
          stmt.getCreDtTm() == null ? null : stmt.getCreDtTm().toLocalDate(), credits, debits));
    }
    return merged(statements);
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
