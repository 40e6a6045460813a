-- What billing reads about conventions, owned by the convention capability: billing queries this
-- view, never the convention and organisation tables, and never the convention's status strings.
-- billable: the convention is or was in force (ACTIVE or ENDED), the months it owes are invoiced.
create view convention_for_billing as
select c.id                     as convention_id,
       c.status in ('ACTIVE', 'ENDED') as billable,
       c.start_date,
       c.limit_end,
       c.end_date,
       c.invoiced_outside_until,
       o.id                     as organisation_id,
       o.type                   as organisation_type,
       o.municipality_id,
       o.name                   as customer_name,
       o.street                 as customer_street,
       o.postal_code            as customer_postal_code,
       o.city                   as customer_city,
       o.enterprise_number      as customer_enterprise_number,
       o.billing_email          as customer_email
from convention c
join organisation o on o.id = c.organisation_id;
