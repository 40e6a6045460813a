-- Which node claimed a mail last (convention.node-name): for a SENT mail, the node that sent it.
-- Shows how the nodes share the delivery, and which node's claims another node took over after a
-- crash (docs/operations.md, "Mail outbox"; scripts/crash-test.sh).
alter table outgoing_mail add column claimed_by varchar(100);
