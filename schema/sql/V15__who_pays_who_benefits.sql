-- Who pays, who benefits: the agencies sharing a unit cost's fiscal saving, the appraisal's parameters as data,
-- cashable savings per agency, and programmes tracked against outcome indicators.

-- The agencies making a unit cost's fiscal saving, and each one's share of it. Where the workbook breaks a cost down
-- into constituent costs, one per agency (CR8.1 homicide: police, probation, courts, prison, NHS), the shares are
-- theirs; otherwise the agency bearing the cost makes the whole saving. constituent_code names the constituent row
-- a share comes from (null where the cost is not split, or the constituent row has no code).
create table unit_cost_saving (
    batch_id         bigint  not null,
    code             varchar not null,
    position         integer not null,
    agency           varchar not null,
    agency_detail    varchar,
    share            numeric not null,
    constituent_code varchar,
    constraint unit_cost_saving_pk primary key (batch_id, code, position),
    constraint unit_cost_saving_cost_fk foreign key (batch_id, code) references unit_cost (batch_id, code)
        on delete cascade,
    constraint unit_cost_saving_share_ck check (share > 0 and share <= 1)
);

-- The parameters of a cost-benefit appraisal, kept as data with their source (kind appraisal-parameters): the
-- optimism bias correction for each confidence grade, and the discount rate from each year of the appraisal on.
create table optimism_bias_grade (
    batch_id    bigint  not null constraint optimism_bias_grade_batch_fk references import_batch (id) on delete cascade,
    grade       integer not null,
    correction  numeric not null,
    description varchar not null,
    constraint optimism_bias_grade_pk primary key (batch_id, grade),
    constraint optimism_bias_grade_ck check (grade >= 1 and correction >= 0 and correction < 1)
);

create table discount_rate_band (
    batch_id  bigint  not null constraint discount_rate_band_batch_fk references import_batch (id) on delete cascade,
    from_year integer not null,
    rate      numeric not null,
    constraint discount_rate_band_pk primary key (batch_id, from_year),
    constraint discount_rate_band_ck check (from_year >= 0 and rate >= 0 and rate < 1)
);

-- The price year a programme's costs are stated in (2015/16); null: in whatever price year it is appraised in.
alter table programme add column cost_price_year varchar;

-- A cost line's confidence grade: its optimism bias raises the cost. Null: the cost is taken as stated.
alter table programme_cost add column confidence_grade integer;

-- An outcome's optimism bias now comes from its confidence grade, through the table above.
alter table programme_outcome drop constraint programme_outcome_shares_ck;
alter table programme_outcome drop column optimism_bias;
alter table programme_outcome add constraint programme_outcome_shares_ck check (engagement between 0 and 1
    and success between 0 and 1 and deadweight between 0 and 1 and drop_off between 0 and 1);

-- programme_outcome.cashable is whether an agency's saving is cashable unless the agency is listed here.
create table programme_outcome_cashable (
    programme_id varchar not null,
    position     integer not null,
    agency       varchar not null,
    cashable     boolean not null,
    constraint programme_outcome_cashable_pk primary key (programme_id, position, agency),
    constraint programme_outcome_cashable_outcome_fk foreign key (programme_id, position)
        references programme_outcome (programme_id, position) on delete cascade
);

-- The outcome indicators a programme is tracked against, and the places it is compared with (none listed: the
-- other places sharing a parent with the programme's places).
create table programme_indicator (
    programme_id varchar not null constraint programme_indicator_programme_fk references programme (id)
        on delete cascade,
    indicator_id varchar not null constraint programme_indicator_indicator_fk references indicator (id),
    position     integer not null,
    constraint programme_indicator_pk primary key (programme_id, indicator_id)
);

create table programme_indicator_comparator (
    programme_id varchar not null,
    indicator_id varchar not null,
    place_code   varchar not null constraint programme_indicator_comparator_place_fk references place (code),
    constraint programme_indicator_comparator_pk primary key (programme_id, indicator_id, place_code),
    constraint programme_indicator_comparator_link_fk foreign key (programme_id, indicator_id)
        references programme_indicator (programme_id, indicator_id) on delete cascade
);
