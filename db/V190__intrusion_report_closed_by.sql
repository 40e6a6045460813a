-- Who triaged and closed an intrusion report (the member of the maintenance team who completed the task).
alter table intrusion_report add column closed_by varchar(64);
alter table intrusion_report add constraint ck_intrusion_report_closed_names_who
    check (closed_at is null or closed_by is not null) not valid;
