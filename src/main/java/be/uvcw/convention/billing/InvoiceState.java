package be.uvcw.convention.billing;

/** DRAFT (built by a run, no number yet) → ISSUED (numbered, never edited again) → SENT (mailed). */
public enum InvoiceState { DRAFT, ISSUED, SENT }
