-- Access links (docs/security.md, "Accounts, invitations and access links"): the table keeps the
-- SHA-256 of each token, never the token itself, so a copy of the database opens no account.
alter table account_activation rename column token to token_hash;
update account_activation set token_hash = encode(sha256(convert_to(token_hash, 'UTF8')), 'hex');
alter table account_activation add constraint ck_account_activation_hash check (token_hash ~ '^[0-9a-f]{64}$');

-- Issuing a link revokes the person's earlier ones: at most one usable link per person.
alter table account_activation add column revoked_at timestamptz;
update account_activation a set revoked_at = now()
 where a.used_at is null
   and exists (select 1 from account_activation b
                where b.user_id = a.user_id and b.used_at is null and b.created_at > a.created_at);
create unique index ux_account_activation_one_open_link on account_activation (user_id)
    where used_at is null and revoked_at is null;

alter table account_activation drop constraint ck_account_activation_purpose;
alter table account_activation add constraint ck_account_activation_purpose
    check (purpose in ('SIGNATORY_ACCOUNT', 'SIGNATURE_INVITATION', 'REMINDER', 'SPACE_ACCESS', 'ACCESS_LINK'));

-- Accounts the application created with a random password: until the person chooses one, every
-- invitation and reminder carries a fresh link.
create table account_setup (
    user_id             varchar(64)  primary key,
    created_at          timestamptz  not null,
    password_chosen_at  timestamptz
);
insert into account_setup (user_id, created_at, password_chosen_at)
select s.user_id, now(), (select max(a.used_at) from account_activation a where a.user_id = s.user_id)
  from signatory s;
