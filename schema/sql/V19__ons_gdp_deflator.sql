-- The ONS GDP deflator (series YBGB, GDP at market prices: implied deflator, seasonally adjusted), as ONS publishes it
-- in its time-series CSV: one row per period, the quarters ("2022 Q2") and the calendar years ("2022"). Spend is
-- restated in one financial year's prices from the quarters (a financial year's index is the mean of its four
-- quarters, April to March); the calendar years are kept as published. Not the Unit Cost Database's deflator
-- (price_index), which is that workbook's own series on another base.
create table ons_deflator_period (
    batch_id    bigint   not null constraint ons_deflator_period_batch_fk references import_batch (id)
        on delete cascade,
    series_id   varchar  not null,   -- ONS's CDID: YBGB
    period      varchar  not null,   -- as published: "2022" or "2022 Q2"
    year        integer  not null,
    quarter     smallint,            -- 1 to 4; null for a calendar year's figure
    index_value numeric  not null,   -- as published, 2022 = 100
    source_line integer  not null,
    constraint ons_deflator_period_pk primary key (batch_id, series_id, period),
    constraint ons_deflator_period_quarter_ck check (quarter between 1 and 4),
    constraint ons_deflator_period_index_ck check (index_value > 0)
);

-- What the file's header says of the series (title, release date): the response names the deflator by them.
create table ons_deflator_series (
    batch_id     bigint  not null constraint ons_deflator_series_batch_fk references import_batch (id)
        on delete cascade,
    series_id    varchar not null,
    title        varchar not null,
    dataset_id   varchar,
    release_date date,
    constraint ons_deflator_series_pk primary key (batch_id, series_id)
);
