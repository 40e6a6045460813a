package be.uvcw.convention.payment;

import static be.uvcw.convention.platform.process.ProcessVariable.amount;
import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;
import static be.uvcw.convention.platform.process.ProcessVariable.value;

import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.math.BigDecimal;

/** The variables of {@code payment-matching} (« Rapprocher un paiement »). */
@ProcessContract("payment-matching")
public final class PaymentMatchingVariables {

  public static final ProcessVariable<Long> BANK_CREDIT_ID = id("bankCreditId", "shown only: the credit is read from the business key");
  public static final ProcessVariable<String> CREDIT_SUMMARY = text("creditSummary", "markdown: the credit and the likely invoices");
  public static final ProcessVariable<Object> CANDIDATES = value("candidates", "Spin JSON", "the invoices offered in the form's list");
  /** Form « Rapprocher un paiement ». */
  public static final ProcessVariable<String> DECISION = text("decision", "ALLOCATE or NOT_AN_INVOICE_PAYMENT");
  public static final ProcessVariable<String> INVOICE_NUMBER = text("invoiceNumber", "the invoice picked among the candidates");
  public static final ProcessVariable<String> OTHER_INVOICE_NUMBER = text("otherInvoiceNumber", "an invoice typed by finance");
  public static final ProcessVariable<BigDecimal> AMOUNT = amount("amount", "the part of the credit to allocate");
  public static final ProcessVariable<String> DECISION_REASON = text("decisionReason", null);
  public static final ProcessVariable<String> DECIDED_BY = text("decidedBy", "the authenticated user who completed the task");
  public static final ProcessVariable<String> MATCHING_PROBLEM = text("matchingProblem", "why the allocation failed (shown when the task reopens)");
  public static final ProcessVariable<Long> ALLOCATION_ID = id("allocationId", null);

  private PaymentMatchingVariables() {}
}
