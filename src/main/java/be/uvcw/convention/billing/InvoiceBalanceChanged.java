package be.uvcw.convention.billing;

/**
 * What an issued invoice still asks has changed: a payment was allocated to it or undone, or a
 * credit note was issued on it. Published in the transaction that made the change; listeners that
 * act on the engine (e.g. stopping payment reminders) do so after commit. Its truth is the
 * {@code invoice_balance} view.
 */
public record InvoiceBalanceChanged(long invoiceId) {
}
