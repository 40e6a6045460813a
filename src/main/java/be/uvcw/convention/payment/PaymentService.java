package be.uvcw.convention.payment;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.billing.InvoiceBalanceChanged;
import be.uvcw.convention.platform.french.FrenchText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank statements in, credits matched to invoices, finance's decisions and undos. Every change of
 * what an invoice still asks publishes {@link InvoiceBalanceChanged} in its transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PaymentService {

  /** One import at a time: matching reads the open invoices once and allocates from that picture. */
  private static final long IMPORT_LOCK = 0x50415931L;

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final PaymentMatchingProcess matchingProcess;
  private final Clock clock;

  /** What an upload did. {@code alreadyImported}: the same file or statement came before, nothing was added. */
  public record ImportResult(long statementId, String format, String accountIban, String statementRef, boolean alreadyImported,
                             int creditsAdded, int creditsAlreadyKnown, int debitsIgnored, int matched, int partlyAllocated,
                             int unmatched, String message) {}

  @Transactional
  public ImportResult importStatement(byte[] content, String fileName, String userId) {
    ParsedStatement statement = StatementReader.read(content);
    String sha256 = sha256(content);
    jdbc.queryForList("select pg_advisory_xact_lock(?)", IMPORT_LOCK);
    List<Long> known = jdbc.queryForList("select id from bank_statement where file_sha256 = ? or (account_iban = ? and statement_ref = ?)",
        Long.class, sha256, statement.accountIban(), statement.statementRef());
    if (!known.isEmpty()) {
      return new ImportResult(known.get(0), statement.format().name(), statement.accountIban(), statement.statementRef(), true,
          0, statement.credits().size(), statement.debitsIgnored(), 0, 0, 0,
          "Ce relevé (" + statement.statementRef() + ") a déjà été importé : rien n'a été ajouté.");
    }
    Timestamp now = Timestamp.from(clock.instant());
    long statementId = jdbc.queryForObject("insert into bank_statement (format, account_iban, statement_ref, statement_date, file_name,"
            + " file_sha256, imported_at, imported_by, credit_count, debits_ignored) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
        Long.class, statement.format().name(), statement.accountIban(), statement.statementRef(), Date.valueOf(statement.statementDate()),
        fileName, sha256, now, userId, statement.credits().size(), statement.debitsIgnored());

    // a credit seen in an earlier statement keeps its first row (unique account + entry reference)
    jdbc.batchUpdate("insert into bank_credit (statement_id, entry_ref, account_iban, booking_date, value_date, amount, currency,"
            + " counterparty_name, counterparty_iban, communication, structured_communication, state)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNMATCHED') on conflict (account_iban, entry_ref) do nothing",
        statement.credits(), 500, (ps, c) -> {
          ps.setLong(1, statementId);
          ps.setString(2, c.entryRef());
          ps.setString(3, statement.accountIban());
          ps.setDate(4, Date.valueOf(c.bookingDate()));
          ps.setDate(5, c.valueDate() == null ? null : Date.valueOf(c.valueDate()));
          ps.setBigDecimal(6, c.amount());
          ps.setString(7, c.currency());
          ps.setString(8, c.counterpartyName());
          ps.setString(9, c.counterpartyIban());
          ps.setString(10, c.communication());
          ps.setString(11, c.structuredCommunication());
        });
    Map<String, Long> added = new HashMap<>();
    jdbc.query("select entry_ref, id from bank_credit where statement_id = ?", rs -> {
      added.put(rs.getString(1), rs.getLong(2));
    }, statementId);

    ReceivablesSnapshot receivables = new ReceivablesSnapshot(jdbc);
    List<Object[]> allocations = new ArrayList<>();
    List<Object[]> states = new ArrayList<>();
    Set<Long> touched = new LinkedHashSet<>();
    List<Long> toFinance = new ArrayList<>();
    Map<Long, PaymentMatcher.Outcome> outcomes = new HashMap<>();
    int matched = 0;
    int partly = 0;
    Set<String> seen = new HashSet<>();
    for (ParsedStatement.Credit credit : statement.credits()) {
      Long creditId = added.get(credit.entryRef());
      if (creditId == null || !seen.add(credit.entryRef())) {
        continue;
      }
      PaymentMatcher.Outcome outcome = PaymentMatcher.match(new PaymentMatcher.Credit(credit.amount(), credit.structuredCommunication(),
          credit.communication(), credit.counterpartyIban()), receivables);
      for (PaymentMatcher.Allocation allocation : outcome.allocations()) {
        allocations.add(new Object[] {creditId, allocation.invoice().id(), allocation.amount(), allocation.method().name(), now, userId});
        receivables.allocated(allocation.invoice(), allocation.amount());
        if (credit.counterpartyIban() != null) {
          receivables.payerKnown(credit.counterpartyIban(), allocation.invoice().organisationId());
        }
        touched.add(allocation.invoice().id());
      }
      if (!outcome.matched()) {
        toFinance.add(creditId);
        outcomes.put(creditId, outcome);
      } else if (outcome.rest().signum() > 0) {
        partly++;
        states.add(new Object[] {"PARTLY_MATCHED", creditId});
      } else {
        matched++;
        states.add(new Object[] {"MATCHED", creditId});
      }
    }
    jdbc.batchUpdate("insert into payment_allocation (bank_credit_id, invoice_id, amount, method, allocated_at, allocated_by)"
        + " values (?, ?, ?, ?, ?, ?)", allocations);
    jdbc.batchUpdate("update bank_credit set state = ? where id = ?", states);
    touched.forEach(id -> events.publishEvent(new InvoiceBalanceChanged(id)));
    toFinance.forEach(id -> matchingProcess.start(id, outcomes.get(id)));

    int alreadyKnown = statement.credits().size() - added.size();
    String message = "Relevé " + statement.statementRef() + " importé : " + added.size() + " crédit(s) ajouté(s)"
        + (alreadyKnown > 0 ? ", " + alreadyKnown + " déjà connu(s)" : "") + " ; " + matched + " rapproché(s)"
        + (partly > 0 ? ", " + partly + " avec un reste à affecter" : "") + ", " + toFinance.size()
        + " à rapprocher par les Finances ; " + statement.debitsIgnored() + " débit(s) ignoré(s).";
    return new ImportResult(statementId, statement.format().name(), statement.accountIban(), statement.statementRef(), false,
        added.size(), alreadyKnown, statement.debitsIgnored(), matched, partly, toFinance.size(), message);
  }

  /** The credit's amount not yet allocated (0 when ignored). */
  public BigDecimal rest(long creditId) {
    return jdbc.queryForObject("select case when c.state = 'IGNORED' then 0 else c.amount - coalesce((select sum(a.amount)"
        + " from payment_allocation a where a.bank_credit_id = c.id and a.undone_at is null), 0) end from bank_credit c where c.id = ?",
        BigDecimal.class, creditId);
  }

  /** An allocation that may be recorded: the invoice and the amount (defaulted). */
  public record PlannedAllocation(long invoiceId, String invoiceNumber, BigDecimal amount) {}

  /**
   * Checks what finance asks for without writing anything (the task listener refuses bad input at
   * once, the task stays open): the amount defaults to the smaller of the credit's rest and what
   * the invoice asks; more than either is refused in French.
   */
  public PlannedAllocation plan(long creditId, String invoiceNumber, BigDecimal amount) {
    String state = creditState(creditId);
    if (state == null) {
      throw new NotFound("Le crédit bancaire " + creditId + " n'existe pas.");
    }
    if ("IGNORED".equals(state)) {
      throw new Conflict("Ce crédit a été classé comme étranger aux factures : il ne peut plus être affecté.");
    }
    String number = invoiceNumber == null ? "" : invoiceNumber.trim();
    List<Map<String, Object>> invoice = jdbc.queryForList("select b.invoice_id, b.outstanding from invoice_balance b join invoice i"
        + " on i.id = b.invoice_id where i.number = ?", number);
    if (invoice.isEmpty()) {
      throw new BadInput("La facture « " + number + " » n'existe pas ou n'est pas émise.");
    }
    long invoiceId = ((Number) invoice.get(0).get("invoice_id")).longValue();
    BigDecimal outstanding = (BigDecimal) invoice.get(0).get("outstanding");
    BigDecimal rest = rest(creditId);
    if (outstanding.signum() <= 0) {
      throw new BadInput("La facture " + number + " est déjà soldée : rien à y affecter.");
    }
    if (rest.signum() <= 0) {
      throw new BadInput("Ce crédit est déjà entièrement affecté.");
    }
    BigDecimal allocated = amount == null ? rest.min(outstanding) : amount.setScale(2, RoundingMode.HALF_UP);
    if (allocated.signum() <= 0) {
      throw new BadInput("Le montant à affecter doit être positif.");
    }
    if (allocated.compareTo(rest) > 0) {
      throw new BadInput("Le montant " + FrenchText.euros(allocated) + " dépasse le reste du crédit ("
          + FrenchText.euros(rest) + ").");
    }
    if (allocated.compareTo(outstanding) > 0) {
      throw new BadInput("Le montant " + FrenchText.euros(allocated) + " dépasse ce que demande la facture "
          + number + " (" + FrenchText.euros(outstanding) + ").");
    }
    return new PlannedAllocation(invoiceId, number, allocated);
  }

  /** Finance allocates (part of) a credit to an invoice (see {@link #plan}). */
  @Transactional
  public long allocate(long creditId, String invoiceNumber, BigDecimal amount, String userId, String note) {
    lockCredit(creditId);
    PlannedAllocation planned = plan(creditId, invoiceNumber, amount);
    long id = jdbc.queryForObject("insert into payment_allocation (bank_credit_id, invoice_id, amount, method, allocated_at,"
        + " allocated_by, note) values (?, ?, ?, 'MANUAL', ?, ?, ?) returning id", Long.class, creditId, planned.invoiceId(),
        planned.amount(), Timestamp.from(clock.instant()), userId, blankToNull(note));
    refreshState(creditId);
    events.publishEvent(new InvoiceBalanceChanged(planned.invoiceId()));
    return id;
  }

  /** Finance sets a credit aside as not an invoice payment (a refund, a grant…), with the reason. */
  @Transactional
  public void ignore(long creditId, String reason, String userId) {
    lockCredit(creditId);
    if (reason == null || reason.isBlank()) {
      throw new BadInput("Le motif est obligatoire pour classer un crédit comme étranger aux factures.");
    }
    Integer active = jdbc.queryForObject("select count(*) from payment_allocation where bank_credit_id = ? and undone_at is null",
        Integer.class, creditId);
    if (active > 0) {
      throw new Conflict("Ce crédit paie déjà une facture : annulez d'abord ce rapprochement.");
    }
    jdbc.update("update bank_credit set state = 'IGNORED', ignored_at = ?, ignored_by = ?, ignored_reason = ? where id = ?",
        Timestamp.from(clock.instant()), userId, reason.trim(), creditId);
  }

  /**
   * Undoes a match: the allocation row stays with who, when and why; the invoice asks its amount
   * again. A credit left without any allocation goes back to finance's « Rapprocher un paiement ».
   * Returns the credit's id.
   */
  @Transactional
  public long undo(long allocationId, String reason, String userId) {
    if (reason == null || reason.isBlank()) {
      throw new BadInput("Le motif de l'annulation est obligatoire.");
    }
    List<Map<String, Object>> rows = jdbc.queryForList("select bank_credit_id, invoice_id, undone_at from payment_allocation where id = ?",
        allocationId);
    if (rows.isEmpty()) {
      throw new NotFound("Le rapprochement " + allocationId + " n'existe pas.");
    }
    long creditId = ((Number) rows.get(0).get("bank_credit_id")).longValue();
    long invoiceId = ((Number) rows.get(0).get("invoice_id")).longValue();
    lockCredit(creditId);
    int changed = jdbc.update("update payment_allocation set undone_at = ?, undone_by = ?, undo_reason = ? where id = ? and undone_at is null",
        Timestamp.from(clock.instant()), userId, reason.trim(), allocationId);
    if (changed == 0) {
      throw new Conflict("Ce rapprochement a déjà été annulé.");
    }
    refreshState(creditId);
    events.publishEvent(new InvoiceBalanceChanged(invoiceId));
    if ("UNMATCHED".equals(creditState(creditId)) && !matchingProcess.isOpen(creditId)) {
      matchingProcess.start(creditId, null);
    }
    return creditId;
  }

  private void refreshState(long creditId) {
    jdbc.update("update bank_credit c set state = case"
        + " when s.allocated = 0 then 'UNMATCHED' when s.allocated < c.amount then 'PARTLY_MATCHED' else 'MATCHED' end"
        + " from (select coalesce(sum(amount), 0) as allocated from payment_allocation where bank_credit_id = ? and undone_at is null) s"
        + " where c.id = ? and c.state <> 'IGNORED'", creditId, creditId);
  }

  private void lockCredit(long creditId) {
    if (jdbc.queryForList("select id from bank_credit where id = ? for update", Long.class, creditId).isEmpty()) {
      throw new NotFound("Le crédit bancaire " + creditId + " n'existe pas.");
    }
  }

  String creditState(long creditId) {
    return jdbc.queryForList("select state from bank_credit where id = ?", String.class, creditId).stream().findFirst().orElse(null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
