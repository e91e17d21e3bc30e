-- The GMCA (New Economy) Unit Cost Database: what an outcome costs or saves, and which agency bears it.
-- A new edition of the workbook supersedes the earlier batch; its rows stay as history.

create table unit_cost (
    batch_id               bigint  not null constraint unit_cost_batch_fk references import_batch (id) on delete cascade,
    -- the workbook's cost code: CR1.0, HE1.4, ...; v1.4 has one row without a code (Crime row 58), kept as it is
    code                   varchar,
    sheet                  varchar not null,   -- Crime, Health, ...
    outcome_category       varchar,
    outcome_detail         varchar,
    description            varchar not null,
    unit                   varchar,
    agency                 varchar,            -- "Agency bearing the cost / making the fiscal saving", level 1
    agency_detail          varchar,            -- level 2
    -- each value as estimated in its price year, and as the workbook uprates it to uprated_to (GDP deflator)
    fiscal_value           numeric,
    fiscal_price_year      varchar,
    fiscal_value_uprated   numeric,
    economic_value         numeric,
    economic_price_year    varchar,
    economic_value_uprated numeric,
    social_value           numeric,
    social_price_year      varchar,
    social_value_uprated   numeric,
    uprated_to             varchar,
    original_source        varchar,
    confidence             varchar,            -- the workbook's RAG rating: R, A or G
    comment                varchar,
    source_line            integer not null,   -- the row in its sheet
    constraint unit_cost_pk primary key (batch_id, sheet, source_line),
    constraint unit_cost_code_uk unique (batch_id, code),
    constraint unit_cost_confidence_ck check (confidence in ('R', 'A', 'G'))
);

-- The workbook's GDP deflator (its Lookups sheet), so that values can be uprated to other years than its own.
create table price_index (
    batch_id  bigint  not null constraint price_index_batch_fk references import_batch (id) on delete cascade,
    financial_year varchar not null,   -- as the workbook labels it: 2013/14
    gdp_index      numeric not null,   -- 1989/90 = 100
    constraint price_index_pk primary key (batch_id, financial_year)
);
