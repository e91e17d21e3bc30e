-- Programmes (kind programme): what partners invest, in whom, and the outcomes they expect, each valued by a unit
-- cost of the Unit Cost Database. A later file replaces the programmes it names (their rows cascade with the batch).

create table programme (
    id          varchar not null constraint programme_pk primary key,
    batch_id    bigint  not null constraint programme_batch_fk references import_batch (id) on delete cascade,
    name        varchar not null,
    theme_code  varchar not null constraint programme_theme_fk references theme (code),
    -- financial years by the calendar year they start in, as spend_line.financial_year
    start_year  integer not null,
    end_year    integer not null,
    description varchar,
    source_line integer not null,
    constraint programme_years_ck check (end_year >= start_year)
);
create index programme_batch_ix on programme (batch_id);

create table programme_place (
    programme_id varchar not null constraint programme_place_programme_fk references programme (id) on delete cascade,
    place_code   varchar not null constraint programme_place_place_fk references place (code),
    constraint programme_place_pk primary key (programme_id, place_code)
);

-- What an agency puts in, per financial year, in pounds of the appraisal's price year.
create table programme_cost (
    programme_id varchar        not null constraint programme_cost_programme_fk references programme (id) on delete cascade,
    agency       varchar        not null,   -- named as the Unit Cost Database names agencies: Local Authority, NHS, ...
    financial_year integer      not null,
    capital      numeric(18, 2) not null,
    revenue      numeric(18, 2) not null,
    in_kind      numeric(18, 2) not null,
    constraint programme_cost_pk primary key (programme_id, agency, financial_year)
);

create table programme_cohort (
    programme_id   varchar not null constraint programme_cohort_programme_fk references programme (id) on delete cascade,
    financial_year integer not null,
    people         integer not null,
    constraint programme_cohort_pk primary key (programme_id, financial_year),
    constraint programme_cohort_people_ck check (people >= 0)
);

-- An expected outcome: of each cohort, engagement take part, of them success achieve it, of whom deadweight would
-- have anyway; the benefit starts lag_years after the cohort's year, lasts duration_years, falling by drop_off a year.
create table programme_outcome (
    programme_id     varchar not null constraint programme_outcome_programme_fk references programme (id) on delete cascade,
    position         integer not null,
    unit_cost_code   varchar not null,
    engagement       numeric not null,
    success          numeric not null,
    deadweight       numeric not null,
    lag_years        integer not null,
    duration_years   integer not null,
    drop_off         numeric not null,
    confidence_grade integer not null,
    optimism_bias    numeric not null,
    cashable         boolean not null,
    constraint programme_outcome_pk primary key (programme_id, position),
    constraint programme_outcome_shares_ck check (engagement between 0 and 1 and success between 0 and 1
        and deadweight between 0 and 1 and drop_off between 0 and 1 and optimism_bias between 0 and 1),
    constraint programme_outcome_years_ck check (lag_years >= 0 and duration_years >= 1)
);
