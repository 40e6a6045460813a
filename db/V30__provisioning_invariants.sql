-- Provisioning invariants the database guards too (docs/provisioning.md).

-- One folder on the Server belongs to one space only (the adapter checks the folder name itself).
alter table secure_space
    add constraint uq_secure_space_one_per_location unique (location),
    add constraint ck_secure_space_quota_positive check (quota_bytes > 0);

alter table tool_installation
    add constraint ck_tool_installation_version_not_blank check (btrim(version) <> '');

-- A Tool rollout (art. 3.3) looks up every space where the Tool is installed.
create index ix_tool_installation_tool_state on tool_installation (tool_id, state);
