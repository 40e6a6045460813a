-- One-time links through which a person chooses their own password (art. 6.7: no secret by e-mail).
create table account_activation (
    token       varchar(64)  primary key,
    user_id     varchar(64)  not null,
    purpose     varchar(30)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    constraint ck_account_activation_purpose check (purpose in ('SIGNATORY_ACCOUNT', 'SPACE_ACCESS')),
    constraint ck_account_activation_expiry check (expires_at > created_at)
);
create index ix_account_activation_user on account_activation (user_id);
