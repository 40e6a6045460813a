package be.uvcw.convention.billing;

import java.math.BigDecimal;

/**
 * Where an issued invoice stands for finance, computed from the {@code invoice_balance} view
 * (never stored): ISSUED → SENT (mailed) → PARTLY_PAID → PAID, or CREDITED when credit notes
 * cancel all of it. An invoice partly credited and paid for the rest is PAID.
 */
public enum ReceivableState {
  DRAFT("En projet"),
  ISSUED("Émise"),
  SENT("Envoyée"),
  PARTLY_PAID("Partiellement payée"),
  PAID("Payée"),
  CREDITED("Créditée");

  private final String label;

  ReceivableState(String label) {
    this.label = label;
  }

  /** The French label of ledgers and pages. */
  public String label() {
    return label;
  }

  public static ReceivableState of(InvoiceState state, BigDecimal total, BigDecimal credited, BigDecimal paid) {
    if (state == InvoiceState.DRAFT) {
      return DRAFT;
    }
    BigDecimal outstanding = total.subtract(credited).subtract(paid);
    if (credited.compareTo(total) >= 0) {
      return CREDITED;
    }
    if (paid.signum() > 0) {
      return outstanding.signum() > 0 ? PARTLY_PAID : PAID;
    }
    return state == InvoiceState.SENT ? SENT : ISSUED;
  }
}
