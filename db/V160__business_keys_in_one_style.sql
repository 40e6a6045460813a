-- Business keys in one style, <subject>-<id> (docs/decisions.md, platform.BusinessKeys): the instances
-- running when this lands were keyed the old ways (« CPAS de Gembloux — convention 2026-12 », a bare
-- invoice number, <tool>-<version>, maintenance-<user>) and are re-keyed from their own variables, so
-- that the adapters find and correlate them (convention-lifecycle's « PreavisAccepte », the reminders'
-- « FactureSoldee »). Finished instances keep their history as it was.
create temporary table rekeyed_instance on commit drop as
select e.proc_inst_id_ as instance_id, k.subject || '-' || coalesce(v.long_::text, v.text_) as business_key
from act_ru_execution e
join act_re_procdef d on d.id_ = e.proc_def_id_
join (values
    ('convention-lifecycle', 'conventionId', 'convention'),
    ('onboarding', 'conventionId', 'membership-request'),
    ('non-renewal-notice', 'noticeId', 'non-renewal-notice'),
    ('misuse-case', 'misuseCaseId', 'misuse-case'),
    ('intrusion-report', 'intrusionReportId', 'intrusion-report'),
    ('tool-request', 'toolRequestId', 'tool-request'),
    ('adaptation-request', 'adaptationRequestId', 'adaptation-request'),
    ('payment-reminders', 'invoiceNumber', 'invoice'),
    ('billing-run', 'billingDate', 'billing-run'),
    ('fee-indexation', 'effectiveFrom', 'fee-indexation')
  ) as k(process_key, variable, subject) on k.process_key = d.key_
join act_ru_variable v on v.proc_inst_id_ = e.proc_inst_id_ and v.execution_id_ = e.proc_inst_id_ and v.name_ = k.variable
where e.id_ = e.proc_inst_id_
  and coalesce(v.long_::text, v.text_) is not null;

insert into rekeyed_instance (instance_id, business_key)
select e.proc_inst_id_,
       case when d.key_ = 'tool-update' then 'tool-update-' || e.business_key_
            else 'maintenance-membership-' || substr(e.business_key_, length('maintenance-') + 1) end
from act_ru_execution e
join act_re_procdef d on d.id_ = e.proc_def_id_
where e.id_ = e.proc_inst_id_
  and ((d.key_ = 'tool-update' and e.business_key_ not like 'tool-update-%')
    or (d.key_ = 'maintenance-membership' and e.business_key_ like 'maintenance-%'
        and e.business_key_ not like 'maintenance-membership-%'));

update act_ru_execution e set business_key_ = r.business_key
from rekeyed_instance r where e.proc_inst_id_ = r.instance_id;

update act_hi_procinst h set business_key_ = r.business_key
from rekeyed_instance r where h.proc_inst_id_ = r.instance_id;
