-- The generated convention (.docx), kept with the convention so that generating it and accepting
-- the request commit or roll back together. One current document per convention.
create table convention_document (
    convention_id      bigint       primary key references convention (id),
    file_name          varchar(200) not null,
    content            bytea        not null,
    monthly_fee        numeric(10, 2) not null,
    reduction_percent  integer      not null,
    generated_at       timestamptz  not null,
    constraint ck_convention_document_not_empty check (octet_length(content) > 0),
    constraint ck_convention_document_reduction check (reduction_percent in (0, 50)),
    constraint ck_convention_document_fee_positive check (monthly_fee > 0)
);
