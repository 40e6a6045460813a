-- Payments (art. 7 b): the Union's bank statements, their credit lines, and what each credit pays.
-- What is still due on an invoice is read from invoice_balance (below), never stored twice.

create table bank_statement (
    id               bigserial primary key,
    format           varchar(20)   not null,
    account_iban     varchar(34)   not null,
    -- The statement's own identification (camt.053 Stmt/Id, CODA sequence number), as the bank wrote it.
    statement_ref    varchar(100)  not null,
    statement_date   date          not null,
    file_name        varchar(255),
    file_sha256      char(64)      not null,
    imported_at      timestamptz   not null,
    imported_by      varchar(64)   not null,
    constraint ck_bank_statement_format check (format in ('CAMT_053_001_02', 'CAMT_053_001_08', 'CODA')),
    -- The same file twice adds nothing.
    constraint uq_bank_statement_file unique (file_sha256),
    constraint uq_bank_statement_account_ref unique (account_iban, statement_ref)
);

create table bank_credit (
    id                        bigserial primary key,
    statement_id              bigint        not null references bank_statement (id),
    -- Identifies the credit in the account across statements and formats (bank reference, else derived).
    entry_ref                 varchar(200)  not null,
    account_iban              varchar(34)   not null,
    booking_date              date          not null,
    value_date                date,
    amount                    numeric(12, 2) not null,
    currency                  char(3)       not null,
    counterparty_name         varchar(200),
    counterparty_iban         varchar(34),
    communication             varchar(500),
    -- The twelve digits of a Belgian structured communication, when the credit carries one.
    structured_communication  varchar(12),
    state                     varchar(20)   not null,
    constraint ck_bank_credit_amount_positive check (amount > 0),
    constraint ck_bank_credit_state check (state in ('UNMATCHED', 'PARTLY_MATCHED', 'MATCHED', 'IGNORED')),
    constraint ck_bank_credit_structured_digits check (structured_communication is null or structured_communication ~ '^[0-9]{12}$'),
    -- A credit seen again in a later or overlapping statement adds nothing.
    constraint uq_bank_credit_account_entry unique (account_iban, entry_ref)
);
create index ix_bank_credit_statement on bank_credit (statement_id);
create index ix_bank_credit_structured on bank_credit (structured_communication);

create table payment_allocation (
    id               bigserial primary key,
    bank_credit_id   bigint        not null references bank_credit (id),
    invoice_id       bigint        not null references invoice (id),
    amount           numeric(12, 2) not null,
    method           varchar(30)   not null,
    allocated_at     timestamptz   not null,
    allocated_by     varchar(64)   not null,
    undone_at        timestamptz,
    undone_by        varchar(64),
    undo_reason      varchar(2000),
    constraint ck_payment_allocation_amount_positive check (amount > 0),
    constraint ck_payment_allocation_method check (method in ('STRUCTURED_COMMUNICATION', 'INVOICE_NUMBER', 'AMOUNT_AND_IBAN', 'MANUAL')),
    constraint ck_payment_allocation_undo_is_complete check ((undone_at is null and undone_by is null and undo_reason is null)
        or (undone_at is not null and undone_by is not null and undo_reason is not null))
);
create index ix_payment_allocation_invoice on payment_allocation (invoice_id) where undone_at is null;
create index ix_payment_allocation_credit on payment_allocation (bank_credit_id) where undone_at is null;

-- A credit never pays more than its amount (over-payments stay on the credit as its unallocated rest).
create function payment_allocation_within_credit() returns trigger language plpgsql as $$
begin
    perform 1 from bank_credit where id = new.bank_credit_id for update;
    if (select coalesce(sum(amount), 0) from payment_allocation
          where bank_credit_id = new.bank_credit_id and undone_at is null)
       > (select amount from bank_credit where id = new.bank_credit_id) then
        raise exception 'payment allocations exceed the credit % amount', new.bank_credit_id
            using errcode = 'check_violation', constraint = 'ck_payment_allocation_within_credit';
    end if;
    return new;
end $$;
create constraint trigger tg_payment_allocation_within_credit
    after insert or update on payment_allocation
    deferrable initially immediate
    for each row execute function payment_allocation_within_credit();

-- What each issued invoice still asks: its total, less its credit notes, less the payments allocated to it.
create view invoice_balance as
select i.id                                                   as invoice_id,
       i.total_incl_vat                                       as total_incl_vat,
       coalesce(c.credited, 0)                                as credited,
       coalesce(p.paid, 0)                                    as paid,
       i.total_incl_vat - coalesce(c.credited, 0) - coalesce(p.paid, 0) as outstanding
  from invoice i
  left join (select invoice_id, sum(total_incl_vat) as credited from credit_note group by invoice_id) c
         on c.invoice_id = i.id
  left join (select invoice_id, sum(amount) as paid from payment_allocation where undone_at is null group by invoice_id) p
         on p.invoice_id = i.id
 where i.state <> 'DRAFT';
