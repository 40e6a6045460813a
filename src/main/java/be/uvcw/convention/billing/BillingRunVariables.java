package be.uvcw.convention.billing;

import static be.uvcw.convention.platform.process.ProcessVariable.amount;
import static be.uvcw.convention.platform.process.ProcessVariable.count;
import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The variables of {@code billing-run} and of the half-yearly {@code billing-run-schedule} that calls it. */
@ProcessContract({"billing-run", "billing-run-schedule"})
public final class BillingRunVariables {

  /** Form « Lancer une facturation », REST, or the schedule's timer (then today). */
  public static final ProcessVariable<LocalDate> BILLING_DATE = date("billingDate", "the day the run bills up to");
  public static final ProcessVariable<Integer> CHUNK_SIZE = count("chunkSize", "conventions per chunk (tests; default from the configuration)");
  public static final ProcessVariable<String> STARTED_BY = text("startedBy", "who started the run (start event initiator)");
  public static final ProcessVariable<Long> RUN_ID = id("runId", null);
  public static final ProcessVariable<Integer> CHUNK_COUNT = count("chunkCount", "how many chunks the multi-instances run");
  public static final ProcessVariable<Integer> CONVENTION_COUNT = count("conventionCount", null);
  public static final ProcessVariable<Integer> CHUNK_INDEX = CommonVariables.LOOP_COUNTER;
  public static final ProcessVariable<Integer> INVOICE_COUNT = count("invoiceCount", null);
  public static final ProcessVariable<BigDecimal> TOTAL_EXCL_VAT = amount("totalExclVat", null);
  public static final ProcessVariable<BigDecimal> VAT_AMOUNT = amount("vatAmount", null);
  public static final ProcessVariable<BigDecimal> TOTAL_INCL_VAT = amount("totalInclVat", null);
  public static final ProcessVariable<Integer> ERROR_COUNT = count("errorCount", "conventions the run could not bill");
  public static final ProcessVariable<String> LEDGER_URL = text("ledgerUrl", "the draft ledger (xlsx) finance reviews");
  public static final ProcessVariable<String> REVIEW_SUMMARY = text("reviewSummary", "markdown shown in « Valider la facturation »");
  /** Form « Valider la facturation ». */
  public static final ProcessVariable<String> DECISION = text("decision", "APPROVE or REJECT");
  public static final ProcessVariable<String> REJECTION_REASON = text("rejectionReason", null);
  public static final ProcessVariable<String> REVIEWED_BY = text("reviewedBy", "who completed the review task");
  public static final ProcessVariable<Integer> DISCARDED_COUNT = count("discardedCount", "draft invoices discarded on rejection");
  public static final ProcessVariable<Integer> REDUCTION_CORRECTIONS_REQUESTED = count("reductionCorrectionsRequested",
      "CPAS reduction corrections the run started");

  private BillingRunVariables() {}
}
