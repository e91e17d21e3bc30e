-- Versions of a source, line-level provenance, and drivers for apportioning spend.

-- A batch replaces the current batch of the same source and period (its source_key) when a corrected file is
-- loaded; the old batch stays, marked superseded, and its lines move to spend_line_superseded, so that history is
-- kept while every query of current figures reads spend_line alone.
alter table import_batch add column source_key varchar;
alter table import_batch add column rows_rejected integer not null default 0;
alter table import_batch add column superseded_by bigint constraint import_batch_superseded_by_fk references import_batch (id);
alter table import_batch add column superseded_at timestamp with time zone;
create index import_batch_source_key_ix on import_batch (source_key);

-- The line of the source file each figure came from (null for generated rows).
alter table spend_line add column source_line integer;

create table spend_line_superseded (
    id                   bigint         not null constraint spend_line_superseded_pk primary key,
    batch_id             bigint         not null constraint spend_line_superseded_batch_fk references import_batch (id),
    place_code           varchar        not null,
    agency_code          varchar        not null,
    service_code         varchar        not null,
    theme_code           varchar,
    financial_year       integer        not null,
    measure_code         varchar        not null,
    intervention_level   varchar,
    supplier             varchar,
    amount               numeric(18, 2) not null,
    apportioned          boolean        not null,
    apportionment_driver varchar,
    source_line          integer
);
create index spend_line_superseded_batch_ix on spend_line_superseded (batch_id);

-- A driver for apportioning a city-region or national agency's spend to places: population is built in; a
-- caseload (children in care, claimants, ...) is loaded as values per place and year.
create table driver_value (
    driver_code varchar       not null,
    place_code  varchar       not null constraint driver_value_place_fk references place (code),
    mid_year    integer       not null,
    value       numeric(18, 4) not null,
    batch_id    bigint        not null constraint driver_value_batch_fk references import_batch (id) on delete cascade,
    constraint driver_value_pk primary key (driver_code, place_code, mid_year),
    constraint driver_value_positive_ck check (value >= 0)
);
