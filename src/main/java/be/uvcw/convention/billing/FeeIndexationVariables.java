package be.uvcw.convention.billing;

import static be.uvcw.convention.platform.process.ProcessVariable.amount;
import static be.uvcw.convention.platform.process.ProcessVariable.date;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The variables of {@code fee-indexation}. */
@ProcessContract("fee-indexation")
public final class FeeIndexationVariables {

  /** Form « Nouvel indice santé publié ». */
  public static final ProcessVariable<BigDecimal> HEALTH_INDEX = amount("healthIndex", "the new health index");
  public static final ProcessVariable<BigDecimal> BASE_INDEX = amount("baseIndex", "the index the current fee is based on");
  public static final ProcessVariable<LocalDate> EFFECTIVE_FROM = date("effectiveFrom", "first day of the indexed fee (default: today)");
  public static final ProcessVariable<String> PROPOSED_BY = text("proposedBy", "start event initiator");
  public static final ProcessVariable<BigDecimal> PROPOSED_FEE = amount("proposedFee", null);
  public static final ProcessVariable<BigDecimal> CURRENT_FEE = amount("currentFee", null);
  public static final ProcessVariable<String> PROPOSAL_SUMMARY = text("proposalSummary", "markdown shown in the review form");
  /** Form « Approuver l'indexation ». */
  public static final ProcessVariable<String> DECISION = text("decision", "APPROVE or REJECT");
  public static final ProcessVariable<String> REJECTION_REASON = text("rejectionReason", null);
  public static final ProcessVariable<String> APPROVED_BY = text("approvedBy", "who completed the review task");

  private FeeIndexationVariables() {}
}
