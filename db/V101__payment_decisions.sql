-- Payments (docs/billing.md, "Payments"): finance's decisions on credits, and the lookups matching needs.

-- A credit that is not an invoice payment (a refund, a grant, a mistake) is set aside with who, when and why.
alter table bank_credit
    add column ignored_at     timestamptz,
    add column ignored_by     varchar(64),
    add column ignored_reason varchar(2000),
    add constraint ck_bank_credit_ignored_has_reason check ((state = 'IGNORED') = (ignored_reason is not null)
        and (ignored_reason is null or (ignored_at is not null and ignored_by is not null)));

-- The payer's known IBAN: organisations that already paid from an account.
create index ix_bank_credit_counterparty_iban on bank_credit (counterparty_iban) where counterparty_iban is not null;

-- What each statement brought, as shown to finance after the upload.
alter table bank_statement
    add column credit_count    integer not null default 0,
    add column debits_ignored  integer not null default 0,
    add constraint ck_bank_statement_counts check (credit_count >= 0 and debits_ignored >= 0);

-- A manual allocation or an undo says why.
alter table payment_allocation
    add column note varchar(2000);
