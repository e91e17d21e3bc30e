-- [jooq ignore start]
-- A line split over themes adds up to the line to the penny: each share also carries the shares before it within
-- its service (in a fixed order), so that a line's part in a theme is round(amount x shares through it) - round(amount
-- x shares before it). The parts then sum to round(amount x 1) - round(0), the amount itself, and each is within a
-- penny of its exact share. Columns are added at the end, as PostgreSQL's create or replace view allows.
create or replace view theme_allocation as
with current_rows as (
    select c.service_code, c.theme_code, c.intervention_level, c.share
    from service_classification c
             join import_batch b on b.id = c.batch_id and b.superseded_by is null
),
shares as (
    select service_code, theme_code, intervention_level, share
    from current_rows
    union all
    select s.code, null, null, 1 - coalesce(sum(r.share), 0)
    from service s
             left join current_rows r on r.service_code = s.code
    group by s.code
    having 1 - coalesce(sum(r.share), 0) > 0
)
select service_code, theme_code, intervention_level, share,
       coalesce(sum(share) over (partition by service_code order by theme_code nulls last,
           intervention_level nulls first rows between unbounded preceding and 1 preceding), 0) as share_before,
       sum(share) over (partition by service_code order by theme_code nulls last, intervention_level nulls first
           rows between unbounded preceding and current row) as share_through
from shares;
-- [jooq ignore stop]
