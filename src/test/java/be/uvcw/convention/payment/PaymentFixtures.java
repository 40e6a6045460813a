package be.uvcw.convention.payment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.uvcw.convention.billing.BillingFixtures;
import be.uvcw.convention.testsupport.Jobs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issued invoices made the real way (a billing run, approved, sent), and clean payment data for each test. */
final class PaymentFixtures {

  /** An issued invoice as the payment tests need it. */
  record IssuedInvoice(long id, String number, long organisationId, String tenantId, String structuredCommunication, BigDecimal total) {}

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final ManagementService management;
  final BillingFixtures billing;

  PaymentFixtures(JdbcTemplate jdbc, RuntimeService runtime, ManagementService management) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.management = management;
    this.billing = new BillingFixtures(jdbc);
  }

  static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant()));
  }

  /** Billing and payment tables empty, no payment-matching instance left from an earlier test. */
  void clean() {
    runtime.createProcessInstanceQuery().processDefinitionKey(PaymentMatchingProcess.KEY).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test clean-up", true, true));
    BillingFixtures.cleanBillingTables(jdbc);
  }

  /** A commune's convention in force from that first of month (full price, 82.00 a month). */
  long convention(LocalDate start) {
    return billing.conventionFor("COMMUNE", start, null);
  }

  /** Runs, approves and sends the billing of that date; returns the invoices of these conventions, in their order. */
  List<IssuedInvoice> billingRun(LocalDate billingDate, List<Long> conventions) {
    today(billingDate);
    ProcessInstance run = runtime.startProcessInstanceByKey("billing-run", withVariables("billingDate", billingDate.toString(),
        "chunkSize", 50));
    Jobs.runAll(management, run.getId());
    assertThat(run).isWaitingAt("VerifierFacturation");
    complete(task(run), withVariables("decision", "APPROVE"));
    Jobs.runAll(management, run.getId());
    assertThat(run).isEnded();
    return conventions.stream().map(c -> jdbc.queryForObject("select i.id, i.number, i.organisation_id, o.tenant_id,"
            + " i.structured_communication, i.total_incl_vat from invoice i join organisation o on o.id = i.organisation_id"
            + " where i.convention_id = ? and i.billing_date = ? and i.state = 'SENT'",
        (rs, n) -> new IssuedInvoice(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            rs.getBigDecimal(6)), c, java.sql.Date.valueOf(billingDate))).toList();
  }

  BigDecimal outstanding(IssuedInvoice invoice) {
    return jdbc.queryForObject("select outstanding from invoice_balance where invoice_id = ?", BigDecimal.class, invoice.id());
  }

  long creditId(String entryRef) {
    return jdbc.queryForObject("select id from bank_credit where entry_ref = ?", Long.class, entryRef);
  }

  int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
