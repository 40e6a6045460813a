package be.uvcw.convention.dunning;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.ConventionApplication;
import be.uvcw.convention.billing.BillingDocumentRenderer;
import be.uvcw.convention.billing.Invoice;
import be.uvcw.convention.billing.InvoiceDocuments;
import be.uvcw.convention.billing.InvoiceRepository;
import be.uvcw.convention.billing.document.IdentifierFormats;
import be.uvcw.convention.billing.document.InvoiceDocument;
import be.uvcw.convention.billing.document.SupplierSettings;
import be.uvcw.convention.notification.Mail;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.platform.french.FrenchText;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment reminders (DOMAIN.md "Payment due", art. 7 b): opens one {@code payment-reminders}
 * process per invoice that falls due unpaid, sends the reminders and the formal notice in French,
 * records every step in payment_reminder_event, and reads what is owed from the invoice_balance view.
 */
@Service
public class PaymentReminderService {

  public static final String PROCESS_KEY = PaymentRemindersProcess.KEY;
  private static final ZoneId BRUSSELS = ZoneId.of(ConventionApplication.ZONE);

  public enum EventKind { FIRST_REMINDER, SECOND_REMINDER, FORMAL_NOTICE, NEW_DEADLINE, DROPPED, SETTLED }

  /** What an invoice still asks (invoice_balance), in EUR incl. VAT. */
  public record Balance(BigDecimal total, BigDecimal credited, BigDecimal paid, BigDecimal outstanding) {
    public boolean settled() {
      return outstanding.signum() <= 0;
    }
  }

  public record HistoryEntry(EventKind kind, java.time.Instant at, String actor, BigDecimal outstanding, LocalDate newDeadline,
                             String note) {}

  private final JdbcTemplate jdbc;
  private final PaymentRemindersProcess process;
  private final InvoiceRepository invoices;
  private final InvoiceDocuments documents;
  private final BillingDocumentRenderer renderer;
  private final SupplierSettings supplier;
  private final MailService mail;
  private final MailTemplates templates;
  private final Clock clock;
  private final ReminderSchedule schedule;
  private final Period lookback;
  private final Period formalNoticeTerm;

  public PaymentReminderService(JdbcTemplate jdbc, PaymentRemindersProcess process, InvoiceRepository invoices,
      InvoiceDocuments documents, BillingDocumentRenderer renderer, SupplierSettings supplier, MailService mail, MailTemplates templates, Clock clock,
      @Value("${convention.billing.reminders.first-after-due-date:P7D}") Period firstAfterDueDate,
      @Value("${convention.billing.reminders.second-after-first:P14D}") Period secondAfterFirst,
      @Value("${convention.billing.reminders.formal-notice-after-second:P14D}") Period formalNoticeAfterSecond,
      @Value("${convention.billing.reminders.formal-notice-term:P15D}") Period formalNoticeTerm,
      @Value("${convention.billing.reminders.lookback:P90D}") Period lookback) {
    this.jdbc = jdbc;
    this.process = process;
    this.invoices = invoices;
    this.documents = documents;
    this.renderer = renderer;
    this.supplier = supplier;
    this.mail = mail;
    this.templates = templates;
    this.clock = clock;
    this.schedule = new ReminderSchedule(firstAfterDueDate, secondAfterFirst, formalNoticeAfterSecond);
    this.formalNoticeTerm = formalNoticeTerm;
    this.lookback = lookback;
  }

  public ReminderSchedule schedule() {
    return schedule;
  }

  /**
   * The daily sweep: every issued invoice past its due date (by at most the look-back period), with
   * something outstanding and no reminder process yet, gets one. The primary key of
   * payment_reminder_case makes "one per invoice" hold even when two sweeps meet. Returns the instances started.
   */
  @Transactional
  public List<String> openOverdue() {
    LocalDate today = today();
    List<Map<String, Object>> overdue = jdbc.queryForList("select i.id, i.number, i.due_date, i.organisation_id, i.customer_name"
        + " from invoice i join invoice_balance b on b.invoice_id = i.id"
        + " where i.state <> 'DRAFT' and i.due_date < ? and i.due_date >= ? and b.outstanding > 0"
        + " and not exists (select 1 from payment_reminder_case c where c.invoice_id = i.id) order by i.id",
        Date.valueOf(today), Date.valueOf(today.minus(lookback)));
    List<String> started = new ArrayList<>();
    for (Map<String, Object> invoice : overdue) {
      long invoiceId = ((Number) invoice.get("id")).longValue();
      if (jdbc.update("insert into payment_reminder_case (invoice_id, opened_at) values (?, ?) on conflict do nothing",
          invoiceId, Timestamp.from(clock.instant())) == 0) {
        continue;
      }
      LocalDate dueDate = ((Date) invoice.get("due_date")).toLocalDate();
      Map<String, Object> variables = new HashMap<>();
      PaymentReminderVariables.INVOICE_ID.putIn(variables, invoiceId);
      PaymentReminderVariables.INVOICE_NUMBER.putIn(variables, (String) invoice.get("number"));
      PaymentReminderVariables.ORGANISATION_ID.putIn(variables, ((Number) invoice.get("organisation_id")).longValue());
      PaymentReminderVariables.ORGANISATION_NAME.putIn(variables, (String) invoice.get("customer_name"));
      PaymentReminderVariables.DUE_DATE.putIn(variables, dueDate);
      PaymentReminderVariables.FIRST_REMINDER_AT.putIn(variables, ReminderSchedule.timerAtStartOf(
          max(schedule.firstReminderOn(dueDate), today), BRUSSELS));
      PaymentReminderVariables.SECOND_REMINDER_AFTER.putIn(variables, schedule.secondAfterFirst().toString());
      PaymentReminderVariables.FORMAL_NOTICE_AFTER.putIn(variables, schedule.formalNoticeAfterSecond().toString());
      String instanceId = process.start((String) invoice.get("number"), variables);
      jdbc.update("update payment_reminder_case set process_instance_id = ? where invoice_id = ?", instanceId, invoiceId);
      started.add(instanceId);
    }
    return started;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  @Transactional(readOnly = true)
  public Balance balance(long invoiceId) {
    try {
      return jdbc.queryForObject("select total_incl_vat, credited, paid, outstanding from invoice_balance where invoice_id = ?",
          (rs, i) -> new Balance(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)), invoiceId);
    } catch (EmptyResultDataAccessException e) {
      throw new IllegalStateException("La facture " + invoiceId + " n'est pas émise.", e);
    }
  }

  /** Before each step: is anything still owed? When not, the case is closed as SETTLED. */
  @Transactional
  public Balance checkBeforeReminder(long invoiceId) {
    Balance balance = balance(invoiceId);
    if (balance.settled()) {
      recordSettled(invoiceId);
    }
    return balance;
  }

  /** The invoice is paid or credited: the reminders stop (recorded once). */
  @Transactional
  public void recordSettled(long invoiceId) {
    if (jdbc.update("update payment_reminder_case set closed_at = ?, outcome = 'SETTLED' where invoice_id = ? and closed_at is null",
        Timestamp.from(clock.instant()), invoiceId) == 1) {
      record(invoiceId, EventKind.SETTLED, null, balance(invoiceId).outstanding(), null, null);
    }
  }

  @Transactional
  public void sendFirstReminder(long invoiceId) {
    remind(invoiceId, EventKind.FIRST_REMINDER, "payment-first-reminder");
  }

  @Transactional
  public void sendSecondReminder(long invoiceId) {
    remind(invoiceId, EventKind.SECOND_REMINDER, "payment-second-reminder");
  }

  private void remind(long invoiceId, EventKind kind, String template) {
    Balance balance = balance(invoiceId);
    if (!recordOnce(invoiceId, kind, balance.outstanding())) {
      return; // already sent by an earlier attempt of this job
    }
    Invoice invoice = invoice(invoiceId);
    InvoiceDocument document = documents.of(invoice);
    MailTemplates.Text text = templates.render(template, owed(invoice, balance));
    mail.send(new Mail(invoice.getCustomerEmail(), text.subject(), text.body(), invoice.getOrganisationId(),
        List.of(new Mail.Attachment("facture-" + invoice.getNumber() + ".pdf", "application/pdf", renderer.pdf(document)))));
  }

  /** Finance decided to send the formal notice: the last step, with a final term. */
  @Transactional
  public void sendFormalNotice(long invoiceId, String decidedBy) {
    Balance balance = balance(invoiceId);
    if (!recordOnce(invoiceId, EventKind.FORMAL_NOTICE, balance.outstanding())) {
      return;
    }
    jdbc.update("update payment_reminder_event set actor = ? where invoice_id = ? and kind = 'FORMAL_NOTICE'", decidedBy, invoiceId);
    close(invoiceId, "FORMAL_NOTICE");
    Invoice invoice = invoice(invoiceId);
    Map<String, Object> values = owed(invoice, balance);
    values.put("finalTerm", today().plus(formalNoticeTerm));
    mail.send(templates.mail("payment-formal-notice", invoice.getCustomerEmail(), invoice.getOrganisationId(), values));
  }

  /** Finance gives a new deadline: the User is told, and the process waits until then. */
  @Transactional
  public void recordNewDeadline(long invoiceId, LocalDate deadline, String decidedBy) {
    Balance balance = balance(invoiceId);
    record(invoiceId, EventKind.NEW_DEADLINE, decidedBy, balance.outstanding(), deadline, null);
    Invoice invoice = invoice(invoiceId);
    Map<String, Object> values = owed(invoice, balance);
    values.put("deadline", deadline);
    mail.send(templates.mail("payment-new-deadline", invoice.getCustomerEmail(), invoice.getOrganisationId(), values));
  }

  /** Finance drops the reminders, with a reason kept in the history. */
  @Transactional
  public void recordDropped(long invoiceId, String reason, String decidedBy) {
    record(invoiceId, EventKind.DROPPED, decidedBy, balance(invoiceId).outstanding(), null, reason);
    close(invoiceId, "DROPPED");
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> history(long invoiceId) {
    return jdbc.query("select kind, occurred_at, actor, outstanding, new_deadline, note from payment_reminder_event"
            + " where invoice_id = ? order by id",
        (rs, i) -> new HistoryEntry(EventKind.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getBigDecimal(4), rs.getObject(5, LocalDate.class), rs.getString(6)), invoiceId);
  }

  /** The markdown finance reads in « Mise en demeure »: what is owed and what was done. */
  @Transactional(readOnly = true)
  public String summary(long invoiceId) {
    Invoice invoice = invoice(invoiceId);
    Balance balance = balance(invoiceId);
    StringBuilder text = new StringBuilder()
        .append("**Facture ").append(invoice.getNumber()).append("** — ").append(invoice.getCustomerName()).append("\n\n")
        .append("- Émise le ").append(FrenchText.date(invoice.getIssueDate())).append(", échue le ")
        .append(FrenchText.date(invoice.getDueDate())).append(" (").append(ReminderSchedule.daysOverdue(invoice.getDueDate(), today()))
        .append(" jours de retard)\n")
        .append("- Total TVAC : ").append(FrenchText.euros(balance.total())).append("\n")
        .append("- Payé : ").append(FrenchText.euros(balance.paid())).append("\n")
        .append("- Crédité : ").append(FrenchText.euros(balance.credited())).append("\n")
        .append("- **Reste dû : ").append(FrenchText.euros(balance.outstanding())).append("**\n\n")
        .append("**Historique des relances**\n\n");
    for (HistoryEntry entry : history(invoiceId)) {
      text.append("- ").append(FrenchText.date(LocalDate.ofInstant(entry.at(), BRUSSELS))).append(" : ")
          .append(label(entry));
      if (entry.outstanding() != null) {
        text.append(" (reste dû ").append(FrenchText.euros(entry.outstanding())).append(")");
      }
      text.append("\n");
    }
    return text.toString();
  }

  private static String label(HistoryEntry entry) {
    return switch (entry.kind()) {
      case FIRST_REMINDER -> "premier rappel envoyé";
      case SECOND_REMINDER -> "second rappel envoyé";
      case FORMAL_NOTICE -> "mise en demeure envoyée";
      case NEW_DEADLINE -> "nouveau délai accordé jusqu'au " + FrenchText.date(entry.newDeadline())
          + (entry.actor() == null ? "" : " par " + entry.actor());
      case DROPPED -> "relance abandonnée par " + entry.actor() + " : " + entry.note();
      case SETTLED -> "facture soldée";
    };
  }

  /** What every mail about an unpaid invoice says (mail/payment-owed.mustache): the invoice, what it still asks, how to pay. */
  private Map<String, Object> owed(Invoice invoice, Balance balance) {
    Map<String, Object> values = new HashMap<>();
    values.put("number", invoice.getNumber());
    values.put("issueDate", invoice.getIssueDate());
    values.put("dueDate", invoice.getDueDate());
    values.put("outstanding", balance.outstanding());
    values.put("total", balance.total());
    values.put("iban", IdentifierFormats.iban(supplier.iban()));
    values.put("supplierName", supplier.party().name());
    values.put("structuredCommunication", invoice.communication().formatted());
    return values;
  }

  private boolean recordOnce(long invoiceId, EventKind kind, BigDecimal outstanding) {
    return jdbc.update("insert into payment_reminder_event (invoice_id, kind, occurred_at, outstanding) values (?, ?, ?, ?)"
        + " on conflict do nothing", invoiceId, kind.name(), Timestamp.from(clock.instant()), outstanding) == 1;
  }

  private void record(long invoiceId, EventKind kind, String actor, BigDecimal outstanding, LocalDate deadline, String note) {
    jdbc.update("insert into payment_reminder_event (invoice_id, kind, occurred_at, actor, outstanding, new_deadline, note)"
            + " values (?, ?, ?, ?, ?, ?, ?)", invoiceId, kind.name(), Timestamp.from(clock.instant()), actor, outstanding,
        deadline == null ? null : Date.valueOf(deadline), note);
  }

  private void close(long invoiceId, String outcome) {
    jdbc.update("update payment_reminder_case set closed_at = ?, outcome = ? where invoice_id = ? and closed_at is null",
        Timestamp.from(clock.instant()), outcome, invoiceId);
  }

  private Invoice invoice(long invoiceId) {
    return invoices.findByIdIn(List.of(invoiceId)).stream().findFirst()
        .orElseThrow(() -> new NotFound("Facture " + invoiceId + " introuvable."));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
