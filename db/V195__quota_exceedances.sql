-- Each crossing of a space's 3 GB quota (art. 6.3) and how the maintenance team handled it: one row
-- per quota-exceedance process, opened by the nightly quota-check, closed by its « Enregistrer » step.
create table quota_exceedance (
    id                  bigserial    primary key,
    space_id            bigint       not null references secure_space (id),
    organisation_id     bigint       not null references organisation (id),
    detected_at         timestamptz  not null,
    used_bytes          bigint       not null,
    actions_taken       varchar(2000),
    handled_by          varchar(255),
    handled_at          timestamptz,
    constraint ck_quota_exceedance_used_bytes check (used_bytes >= 0),
    constraint ck_quota_exceedance_handled_with_actions_and_author
        check ((handled_at is null and actions_taken is null and handled_by is null)
            or (handled_at is not null and actions_taken is not null and handled_by is not null))
);

-- A space has at most one exceedance waiting for the maintenance team.
create unique index uq_quota_exceedance_one_open_per_space on quota_exceedance (space_id) where handled_at is null;
