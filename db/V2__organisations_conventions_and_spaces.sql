-- Core domain of the CommunesPlone server access convention (see docs/architecture.md).

-- An entity (entité) is a municipality; it has one Administration communale and one CPAS.
create table municipality (
    id          bigserial primary key,
    name        varchar(120) not null,
    constraint uq_municipality_name unique (name)
);

create table organisation (
    id                 bigserial primary key,
    municipality_id    bigint       not null references municipality (id),
    type               varchar(10)  not null,
    name               varchar(200) not null,
    enterprise_number  varchar(10)  not null,
    street             varchar(200) not null,
    postal_code        varchar(4)   not null,
    city               varchar(100) not null,
    billing_email      varchar(254) not null,
    tenant_id          varchar(64)  not null,
    constraint ck_organisation_type check (type in ('COMMUNE', 'CPAS')),
    constraint ck_organisation_enterprise_number_digits check (enterprise_number ~ '^[01][0-9]{9}$'),
    constraint ck_organisation_postal_code check (postal_code ~ '^[1-9][0-9]{3}$'),
    constraint uq_organisation_enterprise_number unique (enterprise_number),
    constraint uq_organisation_one_per_type_and_municipality unique (municipality_id, type),
    constraint uq_organisation_tenant unique (tenant_id)
);

create table signatory (
    id               bigserial primary key,
    organisation_id  bigint       not null references organisation (id),
    role             varchar(20)  not null,
    full_name        varchar(200) not null,
    email            varchar(254) not null,
    user_id          varchar(64)  not null,
    constraint ck_signatory_role check (role in ('PRESIDENT', 'SECRETARY', 'MAYOR', 'DIRECTOR_GENERAL')),
    constraint uq_signatory_one_per_role unique (organisation_id, role),
    constraint uq_signatory_user unique (user_id)
);

create table tool (
    id               bigserial primary key,
    code             varchar(50)   not null,
    name             varchar(120)  not null,
    description      varchar(1000) not null,
    current_version  varchar(30)   not null,
    user_guide_url   varchar(500)  not null,
    constraint uq_tool_code unique (code)
);

create table convention (
    id                      bigserial primary key,
    organisation_id         bigint       not null references organisation (id),
    status                  varchar(20)  not null,
    requested_at            timestamptz  not null,
    requester_email         varchar(254) not null,
    process_instance_id     varchar(64),
    refusal_reason          varchar(2000),
    monthly_fee             numeric(10, 2),
    reduction_percent       integer      not null default 0,
    president_signed_on     date,
    president_signed_place  varchar(100),
    secretary_signed_on     date,
    secretary_signed_place  varchar(100),
    union_signatory_name    varchar(200),
    union_signed_on         date,
    union_signed_place      varchar(100),
    signature_date          date,
    start_date              date,
    current_term_end        date,
    limit_end               date,
    end_date                date,
    constraint ck_convention_status check (status in
        ('UNDER_REVIEW', 'AWAITING_SIGNATURES', 'ACTIVE', 'ENDED', 'REFUSED', 'CANCELLED', 'EXPIRED')),
    constraint ck_convention_reduction check (reduction_percent in (0, 50)),
    constraint ck_convention_active_has_dates check (status not in ('ACTIVE', 'ENDED')
        or (signature_date is not null and start_date is not null and current_term_end is not null and limit_end is not null)),
    constraint ck_convention_start_after_signature check (start_date is null or start_date > signature_date),
    constraint ck_convention_end_within_limit check (end_date is null or end_date <= limit_end)
);

-- An organisation has at most one convention being requested, signed or in force at a time.
create unique index uq_convention_one_open_per_organisation on convention (organisation_id)
    where status in ('UNDER_REVIEW', 'AWAITING_SIGNATURES', 'ACTIVE');

create table convention_requested_tool (
    convention_id  bigint not null references convention (id),
    tool_id        bigint not null references tool (id),
    primary key (convention_id, tool_id)
);

create table secure_space (
    id               bigserial primary key,
    organisation_id  bigint       not null references organisation (id),
    quota_bytes      bigint       not null,
    used_bytes       bigint       not null default 0,
    state            varchar(20)  not null,
    location         varchar(500) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint ck_secure_space_state check (state in ('ACTIVE', 'SUSPENDED', 'READ_ONLY', 'DELETED')),
    constraint ck_secure_space_used_bytes check (used_bytes >= 0),
    constraint uq_secure_space_one_per_organisation unique (organisation_id)
);

create table tool_installation (
    id            bigserial primary key,
    space_id      bigint      not null references secure_space (id),
    tool_id       bigint      not null references tool (id),
    version       varchar(30) not null,
    state         varchar(20) not null,
    installed_at  timestamptz not null,
    updated_at    timestamptz not null,
    constraint ck_tool_installation_state check (state in ('INSTALLED', 'REMOVED')),
    constraint uq_tool_installation_one_per_space_and_tool unique (space_id, tool_id)
);

-- Every e-mail the application sends, kept so staff can read what a User was told.
create table outgoing_mail (
    id               bigserial primary key,
    created_at       timestamptz   not null,
    recipient        varchar(254)  not null,
    subject          varchar(300)  not null,
    body             text          not null,
    attachment_names varchar(1000),
    organisation_id  bigint references organisation (id),
    status           varchar(10)   not null,
    error            varchar(2000),
    constraint ck_outgoing_mail_status check (status in ('SENT', 'FAILED'))
);
create index ix_outgoing_mail_organisation on outgoing_mail (organisation_id);

insert into tool (code, name, description, current_version, user_guide_url) values
 ('site-web', 'Site internet communal (Plone)', 'Site internet de l''administration sur le gestionnaire de contenu Plone, avec actualités, agenda, annuaire des services et démarches en ligne.', '6.1.2', 'https://www.communesplone.be/outils-serveur/site-web/guide'),
 ('deliberations', 'Séances et délibérations (PloneMeeting)', 'Préparation des séances du conseil et du collège : ordres du jour, projets de délibération, procès-verbaux et signatures.', '4.2.8', 'https://www.communesplone.be/outils-serveur/deliberations/guide'),
 ('urbanisme', 'Permis d''urbanisme (urban)', 'Gestion des demandes de permis d''urbanisme et d''environnement, des enquêtes publiques et des délais légaux.', '2.7.3', 'https://www.communesplone.be/outils-serveur/urbanisme/guide'),
 ('courrier', 'Registre du courrier (iA.Docs)', 'Enregistrement, numérisation et suivi du courrier entrant et sortant, avec affectation aux services.', '3.0.5', 'https://www.communesplone.be/outils-serveur/courrier/guide'),
 ('aide-sociale', 'Dossiers d''aide sociale', 'Suivi des dossiers individuels d''aide sociale du CPAS : demandes, enquêtes sociales et décisions du comité.', '1.9.0', 'https://www.communesplone.be/outils-serveur/aide-sociale/guide'),
 ('intranet', 'Intranet du personnel', 'Espace documentaire et d''information interne réservé au personnel de l''administration.', '6.1.2', 'https://www.communesplone.be/outils-serveur/intranet/guide');
