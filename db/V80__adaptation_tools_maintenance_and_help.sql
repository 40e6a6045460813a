-- Adaptation requests (art. 6.2), Tool requests and releases (art. 3.2, 3.3), the maintenance team
-- and its Charter (art. 5), training sessions (art. 3.4). See docs/adaptation.md.

create table adaptation_request (
    id                   bigserial primary key,
    organisation_id      bigint        not null references organisation (id),
    tenant_id            varchar(64)   not null,
    tool_id              bigint        not null references tool (id),
    title                varchar(200)  not null,
    description          varchar(4000) not null,
    local_need           varchar(4000) not null,
    requested_by         varchar(64)   not null,
    requested_at         timestamptz   not null,
    process_instance_id  varchar(64)   not null,
    status               varchar(20)   not null,
    workload_days        numeric(5, 1),
    benefit              varchar(10),
    table_outcome        varchar(10),
    accepted             boolean,
    decision_reason      varchar(2000),
    decided_by           varchar(64),
    decided_at           timestamptz,
    due_date             date,
    delivery_reference   varchar(60),
    delivery_notes       varchar(4000),
    delivered_at         timestamptz,
    reopen_count         integer       not null default 0,
    last_reopen_reason   varchar(2000),
    confirmed_at         timestamptz,
    constraint uq_adaptation_request_process unique (process_instance_id),
    constraint ck_adaptation_request_status check (status in
        ('SUBMITTED', 'ESTIMATED', 'ESCALATED', 'REFUSED', 'ACCEPTED', 'DELIVERED', 'CONFIRMED')),
    constraint ck_adaptation_request_workload_at_least_half_day check (workload_days is null or workload_days >= 0.5),
    constraint ck_adaptation_request_benefit check (benefit is null or benefit in ('NONE', 'SOME', 'MOST')),
    constraint ck_adaptation_request_table_outcome check (table_outcome is null or table_outcome in ('ACCEPT', 'REFUSE', 'ESCALATE')),
    constraint ck_adaptation_request_estimated_before_decided check (status in ('SUBMITTED')
        or (workload_days is not null and benefit is not null)),
    constraint ck_adaptation_request_decision_has_reason check (accepted is null or decision_reason is not null),
    constraint ck_adaptation_request_accepted_has_due_date check (status not in ('ACCEPTED', 'DELIVERED', 'CONFIRMED')
        or (accepted and due_date is not null)),
    constraint ck_adaptation_request_refused_not_accepted check (status <> 'REFUSED' or accepted = false),
    constraint ck_adaptation_request_delivered_has_reference check (status not in ('DELIVERED', 'CONFIRMED')
        or (delivery_reference is not null and delivered_at is not null))
);
create index ix_adaptation_request_tenant on adaptation_request (tenant_id);

-- Other Users the Union names as benefiting: the adaptation is delivered to their spaces too.
create table adaptation_beneficiary (
    adaptation_request_id  bigint not null references adaptation_request (id),
    organisation_id        bigint not null references organisation (id),
    primary key (adaptation_request_id, organisation_id)
);

-- One row per space an adaptation reached: kept by later re-installations and updates of the Tool.
create table adaptation_delivery (
    id                     bigserial primary key,
    adaptation_request_id  bigint      not null references adaptation_request (id),
    space_id               bigint      not null references secure_space (id),
    tool_id                bigint      not null references tool (id),
    reference              varchar(60) not null,
    delivered_at           timestamptz not null,
    constraint uq_adaptation_delivery_once_per_space unique (adaptation_request_id, space_id)
);
create index ix_adaptation_delivery_space_tool on adaptation_delivery (space_id, tool_id);

create table tool_request (
    id                   bigserial primary key,
    organisation_id      bigint        not null references organisation (id),
    tenant_id            varchar(64)   not null,
    tool_id              bigint        not null references tool (id),
    requested_by         varchar(64)   not null,
    requested_at         timestamptz   not null,
    motivation           varchar(2000),
    process_instance_id  varchar(64)   not null,
    status               varchar(20)   not null,
    decision_reason      varchar(2000),
    decided_by           varchar(64),
    decided_at           timestamptz,
    installed_version    varchar(30),
    installed_at         timestamptz,
    constraint uq_tool_request_process unique (process_instance_id),
    constraint ck_tool_request_status check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'INSTALLED')),
    constraint ck_tool_request_refusal_has_reason check (status <> 'REFUSED' or decision_reason is not null),
    constraint ck_tool_request_installed_has_version check (status <> 'INSTALLED' or installed_version is not null)
);
-- One pending request per User and Tool: asking twice does not install twice.
create unique index uq_tool_request_one_open_per_organisation_and_tool on tool_request (organisation_id, tool_id)
    where status in ('REQUESTED', 'APPROVED');
create index ix_tool_request_tenant on tool_request (tenant_id);

-- A version of a Tool published by the maintenance team and rolled out to every space (art. 3.3).
create table tool_release (
    id                   bigserial primary key,
    tool_id              bigint        not null references tool (id),
    version              varchar(30)   not null,
    previous_version     varchar(30)   not null,
    release_notes        varchar(4000) not null,
    published_by         varchar(64),
    published_at         timestamptz   not null,
    process_instance_id  varchar(64)   not null,
    constraint uq_tool_release_version unique (tool_id, version),
    constraint ck_tool_release_new_version check (version <> previous_version)
);

-- Members of the Équipe de maintenance (art. 5): rights only once the Charter is signed.
create table maintenance_member (
    id                   bigserial primary key,
    user_id              varchar(64)   not null,
    full_name            varchar(200)  not null,
    email                varchar(254)  not null,
    organisation_name    varchar(200)  not null,
    status               varchar(10)   not null,
    proposed_by          varchar(64),
    proposed_at          timestamptz   not null,
    charter_signed_on    date,
    revoked_by           varchar(64),
    revoked_at           timestamptz,
    process_instance_id  varchar(64),
    constraint ck_maintenance_member_status check (status in ('PROPOSED', 'ACTIVE', 'REVOKED')),
    constraint ck_maintenance_member_active_signed_charter check (status <> 'ACTIVE' or charter_signed_on is not null),
    constraint ck_maintenance_member_revoked_has_date check (status <> 'REVOKED' or revoked_at is not null)
);
-- A person is proposed or member at most once at a time; a revoked person may be proposed again.
create unique index uq_maintenance_member_one_current_per_user on maintenance_member (user_id)
    where status in ('PROPOSED', 'ACTIVE');

-- Training sessions organised with the CommunesPlone community (art. 3.4).
create table training_session (
    id          bigserial primary key,
    tool_id     bigint       not null references tool (id),
    title       varchar(200) not null,
    starts_at   timestamptz  not null,
    place       varchar(300) not null,
    seats       integer      not null,
    created_by  varchar(64),
    created_at  timestamptz  not null,
    constraint ck_training_session_seats_positive check (seats > 0)
);

create table training_registration (
    id                 bigserial primary key,
    session_id         bigint       not null references training_session (id),
    organisation_id    bigint       not null references organisation (id),
    participant_name   varchar(200) not null,
    participant_email  varchar(254) not null,
    registered_by      varchar(64),
    registered_at      timestamptz  not null,
    constraint uq_training_registration_once_per_person unique (session_id, participant_email)
);

-- The seat limit holds even for concurrent registrations: the session row is locked while counting.
create function training_registration_within_seats() returns trigger as $$
declare
    capacity integer;
    taken    integer;
begin
    select seats into capacity from training_session where id = new.session_id for update;
    select count(*) into taken from training_registration where session_id = new.session_id;
    if taken >= capacity then
        raise exception 'training session % is full (% seats)', new.session_id, capacity
            using errcode = 'check_violation', constraint = 'ck_training_registration_within_seats';
    end if;
    return new;
end;
$$ language plpgsql;

create trigger tr_training_registration_within_seats
    before insert on training_registration
    for each row execute function training_registration_within_seats();
