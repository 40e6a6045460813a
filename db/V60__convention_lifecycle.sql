-- Convention lifecycle (docs/lifecycle.md): renewals, non-renewal notices, misuse cases,
-- intrusion reports, storage quota crossings and imported conventions.

-- Conventions signed on paper before the application: the last month the Union already invoiced
-- outside the application (its first day; null when none). The billing catch-up invoices only the
-- months in force AFTER this month (DOMAIN.md "Fees and billing", catch-up).
alter table convention add column invoiced_outside_until date;
alter table convention add column imported_at timestamptz;
alter table convention add constraint ck_convention_invoiced_outside_until_first_of_month
    check (invoiced_outside_until is null or extract(day from invoiced_outside_until) = 1);
alter table convention add constraint ck_convention_invoiced_outside_only_for_imports
    check (invoiced_outside_until is null or imported_at is not null);

-- Each tacit renewal (art. 8), one row per renewal date.
create table convention_renewal (
    id              bigserial primary key,
    convention_id   bigint      not null references convention (id),
    renewal_date    date        not null,
    term_end        date        not null,
    recorded_at     timestamptz not null,
    source          varchar(10) not null,
    constraint ck_convention_renewal_source check (source in ('TIMER', 'IMPORT')),
    constraint ck_convention_renewal_term_after_renewal check (term_end > renewal_date),
    constraint uq_convention_renewal_once_per_date unique (convention_id, renewal_date)
);

-- Non-renewal letters received by the Union (art. 8), with the decision taken on each.
create table non_renewal_notice (
    id                  bigserial primary key,
    convention_id       bigint        not null references convention (id),
    received_on         date          not null,
    letter_date         date          not null,
    reference           varchar(100)  not null,
    scan_file_name      varchar(255),
    scan_content_type   varchar(100),
    scan                bytea,
    registered_by       varchar(64),
    registered_at       timestamptz   not null,
    outcome             varchar(10)   not null,
    renewal_date        date,
    deadline            date,
    end_date            date,
    next_deadline       date,
    reason              varchar(1000) not null,
    constraint ck_non_renewal_notice_outcome check (outcome in ('ACCEPTED', 'REFUSED')),
    constraint ck_non_renewal_notice_letter_before_receipt check (letter_date <= received_on),
    constraint ck_non_renewal_notice_accepted_has_end check (outcome <> 'ACCEPTED' or end_date is not null),
    constraint ck_non_renewal_notice_accepted_on_time check (outcome <> 'ACCEPTED' or received_on <= deadline)
);
-- At most one accepted notice per convention: a second one is refused (409).
create unique index uq_non_renewal_notice_one_accepted on non_renewal_notice (convention_id) where outcome = 'ACCEPTED';

-- Misuse cases (art. 6.11): warning, suspension, report to the judicial authorities, lifting.
create table misuse_case (
    id                   bigserial primary key,
    convention_id        bigint        not null references convention (id),
    facts                varchar(4000) not null,
    opened_by            varchar(64),
    opened_at            timestamptz   not null,
    state                varchar(12)   not null,
    suspended            boolean       not null default false,
    judicial_report_date date,
    judicial_reference   varchar(100),
    closed_at            timestamptz,
    process_instance_id  varchar(64),
    constraint ck_misuse_case_state check (state in ('OPEN', 'CLOSED')),
    constraint ck_misuse_case_closed_not_suspended check (state <> 'CLOSED' or not suspended),
    constraint ck_misuse_case_judicial_report_complete check ((judicial_report_date is null) = (judicial_reference is null))
);
create index ix_misuse_case_convention on misuse_case (convention_id);

create table misuse_case_event (
    id               bigserial primary key,
    misuse_case_id   bigint        not null references misuse_case (id),
    occurred_at      timestamptz   not null,
    type             varchar(20)   not null,
    actor            varchar(64),
    note             varchar(4000),
    constraint ck_misuse_case_event_type check (type in
        ('OPENED', 'WARNED', 'SUSPENDED', 'REPORTED', 'LIFTED', 'CLOSED'))
);
create index ix_misuse_case_event_case on misuse_case_event (misuse_case_id);

-- Intrusion attempts reported by a User or the Union (art. 6.8), triaged by the maintenance team.
create table intrusion_report (
    id                  bigserial primary key,
    organisation_id     bigint        not null references organisation (id),
    reported_by         varchar(64)   not null,
    reported_at         timestamptz   not null,
    observed_on         date          not null,
    description         varchar(4000) not null,
    reported_severity   varchar(10)   not null,
    triage_deadline     timestamptz   not null,
    severity            varchar(10),
    actions             varchar(4000),
    escalated_at        timestamptz,
    closed_at           timestamptz,
    closure_note        varchar(4000),
    process_instance_id varchar(64),
    constraint ck_intrusion_report_reported_severity check (reported_severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    constraint ck_intrusion_report_severity check (severity is null or severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    constraint ck_intrusion_report_closed_is_triaged check (closed_at is null or (severity is not null and actions is not null))
);
create index ix_intrusion_report_organisation on intrusion_report (organisation_id);

-- Quota crossings (art. 6.3), remembered so each crossing warns once; dropping below resets it.
create table space_quota_state (
    space_id          bigint      primary key references secure_space (id),
    used_bytes        bigint      not null,
    measured_at       timestamptz not null,
    above_warning     boolean     not null,
    above_quota       boolean     not null,
    warnings_sent     integer     not null default 0,
    constraint ck_space_quota_state_used_bytes check (used_bytes >= 0),
    constraint ck_space_quota_state_over_implies_warned check (not above_quota or above_warning)
);
