-- The mail journal becomes a transactional outbox (docs/operations.md, "Mail outbox"): a row is
-- written in the transaction of the business change that causes the mail, and a sender delivers
-- it after commit. Each row keeps its own status, attempts, last error and next attempt time.

alter table outgoing_mail
    drop constraint ck_outgoing_mail_status,
    add column attempts        integer     not null default 0,
    add column next_attempt_at timestamptz,
    add column claimed_until   timestamptz,
    add column sent_at         timestamptz,
    -- a mail that delivers a document (an invoice, a credit note): its attachments are rendered
    -- from the immutable document at sending time, and the document hears of the delivery
    add column document_kind   varchar(40),
    add column document_id     bigint;

update outgoing_mail set sent_at = created_at where status = 'SENT';

alter table outgoing_mail
    add constraint ck_outgoing_mail_status check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    add constraint ck_outgoing_mail_attempts_not_negative check (attempts >= 0),
    add constraint ck_outgoing_mail_pending_has_next_attempt check (status <> 'PENDING' or next_attempt_at is not null),
    add constraint ck_outgoing_mail_sending_is_claimed check (status <> 'SENDING' or claimed_until is not null),
    add constraint ck_outgoing_mail_sent_has_sent_at check ((status = 'SENT') = (sent_at is not null)),
    add constraint ck_outgoing_mail_document_kind_and_id check ((document_kind is null) = (document_id is null)),
    -- one mail per document: a retried or repeated step cannot queue an invoice twice
    add constraint uq_outgoing_mail_one_per_document unique (document_kind, document_id);

-- what the sender looks for: small (only undelivered rows), so claiming stays cheap
create index ix_outgoing_mail_to_deliver on outgoing_mail (id) where status in ('PENDING', 'SENDING');
create index ix_outgoing_mail_created on outgoing_mail (created_at desc, id desc);
create index ix_outgoing_mail_status_created on outgoing_mail (status, created_at desc);

-- Attachments given by the caller (a convention .docx, …), kept with the mail until it is sent
-- (then deleted: the journal keeps their names).
create table outgoing_mail_attachment (
    id           bigserial    primary key,
    mail_id      bigint       not null references outgoing_mail (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    constraint uq_outgoing_mail_attachment_position unique (mail_id, position)
);
