-- CPAS reduction corrections (docs/billing.md "Reduction corrections"): when the commune's convention of
-- the same entity starts, or ends early, during months already invoiced to its CPAS, each affected
-- month is corrected once — a credit note line for the reduction now owed, or a supplementary
-- invoice line for the reduction no longer owed. The month stays covered by its original line
-- (billed_month is unchanged): a correction changes what the month costs, not whether it is invoiced.

-- An invoice is REGULAR (a run's or the first invoice: its lines cover months in billed_month) or
-- SUPPLEMENTARY (a reduction withdrawn: its lines add to months another invoice covers).
alter table invoice add column kind varchar(20) not null default 'REGULAR';
alter table invoice add column corrected_invoice_id bigint references invoice (id);
alter table invoice add constraint ck_invoice_kind check (kind in ('REGULAR', 'SUPPLEMENTARY'));
alter table invoice add constraint ck_invoice_supplementary_names_its_invoice
    check ((kind = 'SUPPLEMENTARY') = (corrected_invoice_id is not null));

-- A credit note line gives a MONTH back (billed_month row deleted, at most once per line) or credits
-- the REDUCTION share of a month that stays invoiced.
alter table credit_note_line add column kind varchar(20) not null default 'MONTH';
alter table credit_note_line add constraint ck_credit_note_line_kind check (kind in ('MONTH', 'REDUCTION'));
alter table credit_note_line drop constraint uq_credit_note_line_one_per_invoice_line;
create unique index uq_credit_note_line_month_given_back_once on credit_note_line (invoice_line_id) where kind = 'MONTH';
-- The dropped unique constraint was also the index by invoice line: keep one for every kind.
create index ix_credit_note_line_invoice_line on credit_note_line (invoice_line_id);

-- One row per correction of a covered month: the line that covers the month, the reduction it was
-- billed at (or last corrected to) and the one now owed, and the document line that corrects it.
create table reduction_correction (
    id                   bigserial     primary key,
    convention_id        bigint        not null,
    month                date          not null,
    corrected_line_id    bigint        not null,
    from_percent         integer       not null,
    to_percent           integer       not null,
    amount               numeric(10, 2) not null,
    credit_note_line_id  bigint        references credit_note_line (id),
    supplement_line_id   bigint        references invoice_line (id),
    cause                varchar(200)  not null,
    corrected_at         timestamptz   not null,
    constraint fk_reduction_correction_line_is_that_convention_and_month foreign key (corrected_line_id, convention_id, month)
        references invoice_line (id, convention_id, month),
    constraint ck_reduction_correction_percents check (from_percent in (0, 50) and to_percent in (0, 50) and from_percent <> to_percent),
    constraint ck_reduction_correction_amount_positive check (amount > 0),
    -- More reduction is credited; less reduction is invoiced in addition.
    constraint ck_reduction_correction_document check (
        (to_percent > from_percent and credit_note_line_id is not null and supplement_line_id is null)
        or (to_percent < from_percent and supplement_line_id is not null and credit_note_line_id is null)),
    -- Exactly once: a covered line is corrected towards a given reduction at most once, whoever
    -- (the event's process or a billing run) comes first; the loser's transaction fails and its
    -- retry finds nothing left to correct.
    constraint uq_reduction_correction_once_per_line_and_reduction unique (corrected_line_id, to_percent),
    constraint uq_reduction_correction_credit_note_line unique (credit_note_line_id),
    constraint uq_reduction_correction_supplement_line unique (supplement_line_id)
);
create index ix_reduction_correction_convention on reduction_correction (convention_id);

-- What each covered month is invoiced at, net of credit notes: the covering line, less the reduction
-- credits on it, plus the supplementary lines for it that were not credited since. The invariant
-- "every month in force invoiced exactly once, net of credit notes" reads: one row per month in
-- force, net_amount = the line amount at the reduction owed today (BillingRulesTest, tests).
create view billed_month_net as
select b.convention_id,
       b.month,
       b.invoice_line_id,
       l.invoice_id,
       l.unit_price,
       l.reduction_percent as billed_reduction_percent,
       coalesce((select rc.to_percent from reduction_correction rc where rc.corrected_line_id = l.id
                  order by rc.id desc limit 1), l.reduction_percent) as reduction_percent,
       l.amount
         - coalesce((select sum(cl.amount) from credit_note_line cl where cl.invoice_line_id = l.id and cl.kind = 'REDUCTION'), 0)
         + coalesce((select sum(s.amount) from reduction_correction rc join invoice_line s on s.id = rc.supplement_line_id
                      where rc.corrected_line_id = l.id
                        and not exists (select 1 from credit_note_line cs where cs.invoice_line_id = s.id)), 0) as net_amount
  from billed_month b
  join invoice_line l on l.id = b.invoice_line_id;
