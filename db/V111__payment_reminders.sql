-- Payment reminders (docs/billing.md "Payment reminders"): one reminder process per unpaid invoice
-- past its due date, and the history of what was sent and decided, shown to finance.

create table payment_reminder_case (
    -- One reminder process per invoice: a sweep that comes back starts nothing twice.
    invoice_id           bigint       primary key references invoice (id),
    process_instance_id  varchar(64),
    opened_at            timestamptz  not null,
    closed_at            timestamptz,
    outcome              varchar(20),
    constraint ck_payment_reminder_case_outcome check (outcome in ('SETTLED', 'FORMAL_NOTICE', 'DROPPED')),
    constraint ck_payment_reminder_case_closed_has_outcome check ((closed_at is null) = (outcome is null))
);

create table payment_reminder_event (
    id            bigserial     primary key,
    invoice_id    bigint        not null references payment_reminder_case (invoice_id),
    kind          varchar(20)   not null,
    occurred_at   timestamptz   not null,
    actor         varchar(64),
    outstanding   numeric(12, 2),
    new_deadline  date,
    note          varchar(2000),
    constraint ck_payment_reminder_event_kind check (kind in ('FIRST_REMINDER', 'SECOND_REMINDER', 'FORMAL_NOTICE',
        'NEW_DEADLINE', 'DROPPED', 'SETTLED')),
    constraint ck_payment_reminder_event_deadline check (kind <> 'NEW_DEADLINE' or new_deadline is not null),
    constraint ck_payment_reminder_event_dropped_has_reason check (kind <> 'DROPPED' or (note is not null and actor is not null))
);
create index ix_payment_reminder_event_invoice on payment_reminder_event (invoice_id, id);
-- Each reminder and the formal notice are sent once per invoice (a retried job finds it done).
create unique index uq_payment_reminder_event_sent_once on payment_reminder_event (invoice_id, kind)
    where kind in ('FIRST_REMINDER', 'SECOND_REMINDER', 'FORMAL_NOTICE');
