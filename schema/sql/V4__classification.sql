-- "Already loaded" means loaded and still current: a file loaded again after a later version replaced it (an
-- administrator reverting a classification) is a new batch, so one file can stand behind several batches.
alter table import_batch drop constraint import_batch_sha256_uk;
create index import_batch_sha256_ix on import_batch (sha256);

-- Which theme (and intervention level) each service's spend belongs to, with a share where a service serves several.
-- Applied when spend is read, never stored on the lines: loading a new classification re-derives every themed
-- figure without re-importing anything. Lines that carry a theme of their own keep it.

create table service_classification (
    batch_id           bigint       not null constraint service_classification_batch_fk references import_batch (id) on delete cascade,
    service_code       varchar      not null constraint service_classification_service_fk references service (code),
    theme_code         varchar      not null constraint service_classification_theme_fk references theme (code),
    intervention_level varchar,
    share              numeric(9, 8) not null,
    source_line        integer,
    constraint service_classification_share_ck check (share > 0 and share <= 1),
    constraint service_classification_level_ck check (intervention_level in ('universal', 'targeted', 'specialist', 'reactive'))
);
create index service_classification_batch_ix on service_classification (batch_id);

-- [jooq ignore start]
-- Every service's spend split so that the shares add up to exactly 1: the current classification's rows, and what
-- they leave over (or the whole, for a service not classified) with no theme.
create view theme_allocation as
with current_rows as (
    select c.service_code, c.theme_code, c.intervention_level, c.share
    from service_classification c
             join import_batch b on b.id = c.batch_id and b.superseded_by is null
)
select service_code, theme_code, intervention_level, share
from current_rows
union all
select s.code, null, null, 1 - coalesce(sum(r.share), 0)
from service s
         left join current_rows r on r.service_code = s.code
group by s.code
having 1 - coalesce(sum(r.share), 0) > 0;
-- [jooq ignore stop]
