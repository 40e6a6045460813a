-- Billing (docs/billing.md): fee schedule, billing runs, invoices, credit notes, numbering.

-- Monthly fee excl. VAT with effective dates; a month uses the fee in force on its first day.
create table fee_schedule (
    id              bigserial primary key,
    effective_from  date          not null,
    monthly_fee     numeric(10, 2) not null,
    base_fee        numeric(10, 2),
    base_index      numeric(10, 2),
    health_index    numeric(10, 2),
    approved_by     varchar(64),
    approved_at     timestamptz,
    constraint uq_fee_schedule_effective_from unique (effective_from),
    constraint ck_fee_schedule_fee_positive check (monthly_fee > 0),
    constraint ck_fee_schedule_indices_positive check ((base_index is null or base_index > 0) and (health_index is null or health_index > 0))
);
-- 82.00 EUR from the beginning (art. 7a).
insert into fee_schedule (effective_from, monthly_fee) values (date '2000-01-01', 82.00);

create table billing_run (
    id                   bigserial primary key,
    billing_date         date          not null,
    state                varchar(20)   not null,
    process_instance_id  varchar(64),
    started_at           timestamptz   not null,
    started_by           varchar(64),
    chunk_count          integer       not null default 0,
    decided_at           timestamptz,
    decided_by           varchar(64),
    rejection_reason     varchar(2000),
    constraint ck_billing_run_state check (state in ('BUILDING', 'AWAITING_REVIEW', 'ISSUING', 'COMPLETED', 'REJECTED')),
    constraint ck_billing_run_rejection_has_reason check (state <> 'REJECTED' or rejection_reason is not null)
);
-- Run-level guard: one run at a time per billing date (two simultaneous starts: the second is refused).
create unique index uq_billing_run_one_open_per_billing_date on billing_run (billing_date)
    where state in ('BUILDING', 'AWAITING_REVIEW', 'ISSUING');

-- The conventions a run selected, split into chunks that the job executor builds one by one.
create table billing_run_convention (
    run_id         bigint        not null references billing_run (id),
    convention_id  bigint        not null references convention (id),
    chunk_index    integer       not null,
    outcome        varchar(20)   not null default 'PENDING',
    error          varchar(2000),
    primary key (run_id, convention_id),
    constraint ck_billing_run_convention_outcome check (outcome in ('PENDING', 'DRAFTED', 'NOTHING_OWED', 'ERROR')),
    constraint ck_billing_run_convention_error_has_message check (outcome <> 'ERROR' or error is not null)
);
create index ix_billing_run_convention_chunk on billing_run_convention (run_id, chunk_index);

-- Gap-free numbering: one counter row per year and kind, incremented in the issuing transaction.
create table document_counter (
    year        integer     not null,
    kind        varchar(20) not null,
    last_value  integer     not null,
    primary key (year, kind),
    constraint ck_document_counter_kind check (kind in ('INVOICE', 'CREDIT_NOTE')),
    constraint ck_document_counter_positive check (last_value > 0)
);

create table invoice (
    id                        bigserial primary key,
    run_id                    bigint        references billing_run (id),
    chunk_index               integer,
    convention_id             bigint        not null references convention (id),
    organisation_id           bigint        not null references organisation (id),
    state                     varchar(20)   not null,
    billing_date              date          not null,
    period_start              date          not null,
    period_end                date          not null,
    total_excl_vat            numeric(12, 2) not null,
    vat_rate_percent          numeric(5, 2) not null,
    vat_amount                numeric(12, 2) not null,
    total_incl_vat            numeric(12, 2) not null,
    -- The customer as invoiced (an issued invoice is never edited, even when the organisation moves).
    customer_name             varchar(200)  not null,
    customer_street           varchar(200)  not null,
    customer_postal_code      varchar(4)    not null,
    customer_city             varchar(100)  not null,
    customer_enterprise_number varchar(10)  not null,
    customer_email            varchar(254)  not null,
    created_at                timestamptz   not null,
    number                    varchar(20),
    number_year               integer,
    number_sequence           integer,
    issue_date                date,
    due_date                  date,
    structured_communication  varchar(12),
    issued_at                 timestamptz,
    sent_at                   timestamptz,
    constraint ck_invoice_state check (state in ('DRAFT', 'ISSUED', 'SENT')),
    constraint ck_invoice_issued_is_numbered check (state = 'DRAFT' or (number is not null and number_year is not null
        and number_sequence is not null and issue_date is not null and due_date is not null and structured_communication is not null)),
    constraint ck_invoice_draft_is_not_numbered check (state <> 'DRAFT' or number is null),
    constraint ck_invoice_total_is_base_plus_vat check (total_incl_vat = total_excl_vat + vat_amount),
    constraint ck_invoice_period check (period_end >= period_start),
    constraint ck_invoice_structured_communication_digits check (structured_communication is null or structured_communication ~ '^[0-9]{12}$'),
    constraint uq_invoice_number unique (number),
    constraint uq_invoice_year_sequence unique (number_year, number_sequence),
    constraint uq_invoice_structured_communication unique (structured_communication)
);
create index ix_invoice_run on invoice (run_id, chunk_index);
create index ix_invoice_organisation on invoice (organisation_id);
create index ix_invoice_convention on invoice (convention_id);

-- One month of service on an invoice.
create table invoice_line (
    id                 bigserial primary key,
    invoice_id         bigint        not null references invoice (id) on delete cascade,
    convention_id      bigint        not null references convention (id),
    month              date          not null,
    description        varchar(200)  not null,
    unit_price         numeric(10, 2) not null,
    reduction_percent  integer       not null,
    amount             numeric(10, 2) not null,
    constraint ck_invoice_line_month_first_day check (extract(day from month) = 1),
    constraint ck_invoice_line_reduction check (reduction_percent in (0, 50)),
    constraint uq_invoice_line_one_per_invoice_and_month unique (invoice_id, month),
    constraint uq_invoice_line_identity_convention_month unique (id, convention_id, month)
);

-- Coverage: a month of a convention is invoiced at most once, net of credit notes. A line takes the
-- (convention, month) key here; a credit note gives it back by deleting the row, so the issued line
-- itself is never edited. Deleting a discarded draft's lines frees their months (cascade).
create table billed_month (
    convention_id    bigint not null,
    month            date   not null,
    invoice_line_id  bigint not null,
    constraint pk_billed_month_one_line_per_convention_and_month primary key (convention_id, month),
    constraint uq_billed_month_line unique (invoice_line_id),
    constraint fk_billed_month_line_is_that_convention_and_month foreign key (invoice_line_id, convention_id, month)
        references invoice_line (id, convention_id, month) on delete cascade
);

create table credit_note (
    id                        bigserial primary key,
    invoice_id                bigint        not null references invoice (id),
    state                     varchar(20)   not null,
    number                    varchar(20)   not null,
    number_year               integer       not null,
    number_sequence           integer       not null,
    issue_date                date          not null,
    reason                    varchar(2000) not null,
    total_excl_vat            numeric(12, 2) not null,
    vat_rate_percent          numeric(5, 2) not null,
    vat_amount                numeric(12, 2) not null,
    total_incl_vat            numeric(12, 2) not null,
    structured_communication  varchar(12)   not null,
    issued_at                 timestamptz   not null,
    sent_at                   timestamptz,
    constraint ck_credit_note_state check (state in ('ISSUED', 'SENT')),
    constraint ck_credit_note_total_is_base_plus_vat check (total_incl_vat = total_excl_vat + vat_amount),
    constraint uq_credit_note_number unique (number),
    constraint uq_credit_note_year_sequence unique (number_year, number_sequence)
);
create index ix_credit_note_invoice on credit_note (invoice_id);

create table credit_note_line (
    id                 bigserial primary key,
    credit_note_id     bigint        not null references credit_note (id),
    invoice_line_id    bigint        not null references invoice_line (id),
    month              date          not null,
    description        varchar(200)  not null,
    unit_price         numeric(10, 2) not null,
    reduction_percent  integer       not null,
    amount             numeric(10, 2) not null,
    -- A line is credited at most once.
    constraint uq_credit_note_line_one_per_invoice_line unique (invoice_line_id)
);
