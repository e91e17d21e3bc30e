-- Outcome indicators and their observations per place and period.
-- The catalogue (outcomes/indicators.csv in the repository) says what each indicator is; observations come from
-- Fingertips extracts or the canonical outcome CSV. Like the service classification, observations stay with their
-- batch: a corrected file supersedes the earlier batch, whose rows remain as history, and readers take the rows of
-- current batches only.

create table indicator (
    id             varchar not null constraint indicator_pk primary key,   -- Fingertips id where it has one
    name           varchar not null,
    -- how the source names and measures it; a Fingertips row is matched to its indicator by both
    source_name    varchar not null constraint indicator_source_name_uk unique,
    source_measure varchar,
    value_type     varchar not null,
    unit           varchar not null,             -- as shown beside a value: "%", "per 10,000", ...
    multiplier     integer,                      -- 100 for a percentage, 10,000 for a rate per 10,000; null otherwise
    polarity       varchar not null,
    source         varchar not null,
    publisher      varchar not null,
    licence        varchar not null,
    url            varchar,
    batch_id       bigint  not null constraint indicator_batch_fk references import_batch (id),
    constraint indicator_value_type_ck
        check (value_type in ('proportion', 'rate', 'count', 'mean', 'age-standardised-rate')),
    constraint indicator_polarity_ck check (polarity in ('higher-is-better', 'lower-is-better', 'no-judgement'))
);

create table indicator_theme (
    indicator_id varchar not null constraint indicator_theme_indicator_fk references indicator (id) on delete cascade,
    theme_code   varchar not null constraint indicator_theme_theme_fk references theme (code),
    constraint indicator_theme_pk primary key (indicator_id, theme_code)
);

create table observation (
    id                  bigint generated always as identity constraint observation_pk primary key,
    batch_id            bigint  not null constraint observation_batch_fk references import_batch (id) on delete cascade,
    indicator_id        varchar not null constraint observation_indicator_fk references indicator (id),
    place_code          varchar not null constraint observation_place_fk references place (code),
    -- the period as published ("2017/18", "2018", "2016-18", "2018/19 Q2"), and the dates it covers, for sorting
    -- and comparing labels of different styles
    period              varchar not null,
    period_start        date    not null,
    period_end          date    not null,
    sex                 varchar not null default 'persons',
    value               numeric,          -- null: the source published no value (the note says so)
    "count"             numeric,
    denominator         numeric,
    lower_95            numeric,
    upper_95            numeric,
    lower_99_8          numeric,
    upper_99_8          numeric,
    -- the source's own comparison with England, where it states one
    source_significance varchar,
    note                varchar,
    source_line         integer,
    constraint observation_sex_ck check (sex in ('persons', 'male', 'female')),
    constraint observation_period_ck check (period_start <= period_end),
    constraint observation_significance_ck
        check (source_significance in ('better', 'similar', 'worse', 'not-compared')),
    constraint observation_limits_95_ck check (lower_95 <= upper_95),
    constraint observation_limits_99_8_ck check (lower_99_8 <= upper_99_8)
);
create index observation_batch_ix on observation (batch_id);
create index observation_indicator_place_ix on observation (indicator_id, place_code, period_start);
