-- Whole Place core schema: reference data, provenance and spend.
-- Places, themes, agencies and services are data, never code: a region adds its own rows.
-- Blocks between "[jooq ignore start]" and "[jooq ignore stop]" are PostgreSQL-only; jOOQ's code generator,
-- which replays these files in H2, skips them.

create table import_batch (
    id            bigint generated always as identity constraint import_batch_pk primary key,
    kind          varchar        not null,   -- loader that read it: rsx, population, synthetic-spend, ...
    source        varchar        not null,   -- human title of the data set
    publisher     varchar        not null,
    licence       varchar        not null,
    url           varchar,
    period        varchar,                   -- period the file covers, as its publisher labels it
    file_name     varchar        not null,
    sha256        varchar        not null,
    rows_read     integer     not null,
    rows_loaded   integer     not null,
    synthetic     boolean     not null default false,
    notes         varchar,                   -- what the loader noticed but did not reject (new columns, skipped total rows)
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone not null,
    loaded_by     varchar        not null,
    constraint import_batch_sha256_uk unique (sha256)
);

create table place (
    code            varchar not null constraint place_pk primary key,   -- ONS GSS code
    name            varchar not null,
    kind            varchar not null,   -- country, combined-authority, metropolitan-district, police-force-area, ...
    authority_class varchar,            -- the revenue outturn "Detailed Class" (MD, UA, P, CA, ...) where known
    parent_code     varchar constraint place_parent_fk references place (code)
);
create index place_parent_ix on place (parent_code);

create table population_estimate (
    place_code varchar    not null constraint population_place_fk references place (code),
    mid_year   integer not null,
    population integer not null,
    batch_id   bigint  not null constraint population_batch_fk references import_batch (id) on delete cascade,
    constraint population_estimate_pk primary key (place_code, mid_year),
    constraint population_positive_ck check (population > 0)
);

create table theme (
    code        varchar not null constraint theme_pk primary key,
    name        varchar not null,
    description varchar
);

create table service (
    code      varchar    not null constraint service_pk primary key,
    name      varchar    not null,
    rsx_group varchar constraint service_rsx_group_uk unique,  -- the group in RSX column codes: RSX-<group>-<measure>
    -- a reported total of the other services; never summed with them
    is_total  boolean not null default false
);

create table measure (
    code       varchar not null constraint measure_pk primary key,
    name       varchar not null,
    rsx_suffix varchar constraint measure_rsx_suffix_uk unique   -- the measure in RSX column codes
);

create table agency (
    code             varchar not null constraint agency_pk primary key,
    name             varchar not null,
    kind             varchar not null,   -- council, combined-authority, police, fire-and-rescue, nhs, dwp, ...
    "level"          varchar not null,   -- local, city-region, national (quoted: LEVEL is a keyword elsewhere)
    -- the place its spend is recorded against (a police force spends for the area it serves)
    area_code        varchar not null constraint agency_area_fk references place (code),
    -- the authority (ONS code) whose revenue outturn return carries this agency's spend, and, where the agency is
    -- only part of that return, the service line that is its own (GMCA reports fire and rescue for GMFRS)
    reported_by      varchar,
    reported_service varchar constraint agency_reported_service_fk references service (code),
    constraint agency_level_ck check ("level" in ('local', 'city-region', 'national'))
);
-- [jooq ignore start]
-- One agency per return, and per service line of a return: the importer's routing must be unambiguous.
create unique index agency_reported_uk on agency (reported_by, coalesce(reported_service, ''));
-- [jooq ignore stop]

create table spend_line (
    id                   bigint generated always as identity constraint spend_line_pk primary key,
    batch_id             bigint        not null constraint spend_line_batch_fk references import_batch (id) on delete cascade,
    place_code           varchar          not null constraint spend_line_place_fk references place (code),
    agency_code          varchar          not null constraint spend_line_agency_fk references agency (code),
    service_code         varchar          not null constraint spend_line_service_fk references service (code),
    theme_code           varchar constraint spend_line_theme_fk references theme (code),   -- null: not yet classified
    -- the calendar year a financial year starts in: 2022 is 2022-23 (1 April 2022 to 31 March 2023)
    financial_year       integer       not null,
    measure_code         varchar          not null constraint spend_line_measure_fk references measure (code),
    intervention_level   varchar,
    supplier             varchar,
    amount               numeric(18, 2) not null,   -- pounds, exact
    apportioned          boolean       not null default false,
    apportionment_driver varchar,
    constraint spend_line_level_ck check (intervention_level in ('universal', 'targeted', 'specialist', 'reactive')),
    constraint spend_line_year_ck check (financial_year between 1990 and 2100)
);
-- The aggregate queries filter by year and measure first; place and service lead the grouping. The other columns
-- they read ride along, so that PostgreSQL answers from the index alone.
-- [jooq ignore start]
create index spend_line_year_measure_ix on spend_line (financial_year, measure_code, place_code, service_code)
    include (agency_code, theme_code, amount);
-- [jooq ignore stop]
create index spend_line_batch_ix on spend_line (batch_id);

-- Population of a place for a mid-year: its own estimate, or else the sum of its children's when every child has
-- one (Greater Manchester is the sum of its ten boroughs).
create view place_population as
select e.place_code, e.mid_year, e.population, false as derived
from population_estimate e
union all
select p.parent_code as place_code, e.mid_year, cast(sum(e.population) as integer) as population, true as derived
from population_estimate e
         join place p on p.code = e.place_code
where p.parent_code is not null
  and not exists (select 1
                  from population_estimate own
                  where own.place_code = p.parent_code
                    and own.mid_year = e.mid_year)
group by p.parent_code, e.mid_year
having count(*) = (select count(*) from place c where c.parent_code = p.parent_code);
