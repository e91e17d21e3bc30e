-- Figures that hold up to the guidance: what the Unit Cost Database says of its own values (transfers, double
-- counting, forecast deflator years), the reinvestment deal's tiers as data, and how a programme's tracked indicators
-- share its cost and choose their comparators.

-- A unit cost whose fiscal value is, in whole or in part, a transfer payment (tax, social security benefits): the
-- workbook says so in a comment on the fiscal value cell ("When calculating total public value, the £7,500 fiscal
-- benefit to DWP should be excluded, as it is a transfer payment. Total public value is £13,700 (2012/13 prices).").
-- amount is the part excluded, in fiscal_price_year prices; null when the comment names no amount (the whole fiscal
-- value). stated_public_value is the total the comment gives, kept so that the arithmetic can be checked against it.
create table unit_cost_transfer (
    batch_id            bigint  not null,
    code                varchar not null,
    agency              varchar not null,   -- as the comment names it: DWP, HMT
    amount              numeric,
    stated_public_value numeric,
    stated_price_year   varchar,
    cell                varchar not null,   -- Employment & Economy!H15
    note                varchar not null,   -- the comment, as written
    constraint unit_cost_transfer_pk primary key (batch_id, code),
    constraint unit_cost_transfer_cost_fk foreign key (batch_id, code) references unit_cost (batch_id, code)
        on delete cascade,
    constraint unit_cost_transfer_amount_ck check (amount is null or amount > 0)
);

-- A unit cost whose comment speaks of double counting: the sentences, as written, and their cell. do_not_combine: the
-- comment says the cost must not be combined with others ("to avoid double-counting, this cost should not be combined
-- with other cost figures for specific crime types"), rather than that double counting is possible.
create table unit_cost_double_counting (
    batch_id       bigint  not null,
    code           varchar not null,
    note           varchar not null,
    do_not_combine boolean not null,
    cell           varchar not null,
    constraint unit_cost_double_counting_pk primary key (batch_id, code),
    constraint unit_cost_double_counting_cost_fk foreign key (batch_id, code) references unit_cost (batch_id, code)
        on delete cascade
);

-- The workbook marks its deflator's later years 'f' (forecast, in line with the OBR at the March 2015 Budget).
alter table price_index add column forecast boolean default false not null;

-- A reinvestment deal's terms (kind appraisal-parameters): nothing is paid below pays_from; above it, each tier pays
-- its share of the savings that the fall in demand from from_fall to to_fall accounts for.
create table reinvestment_deal (
    batch_id  bigint  not null constraint reinvestment_deal_batch_fk references import_batch (id) on delete cascade,
    pays_from numeric not null,
    source    varchar not null,
    constraint reinvestment_deal_pk primary key (batch_id),
    constraint reinvestment_deal_pays_from_ck check (pays_from >= 0 and pays_from <= 1)
);

create table reinvestment_deal_tier (
    batch_id  bigint  not null constraint reinvestment_deal_tier_deal_fk references reinvestment_deal (batch_id)
        on delete cascade,
    from_fall numeric not null,
    to_fall   numeric not null,
    share     numeric not null,
    constraint reinvestment_deal_tier_pk primary key (batch_id, from_fall),
    constraint reinvestment_deal_tier_ck check (from_fall >= 0 and to_fall > from_fall and to_fall <= 1
        and share >= 0 and share <= 1)
);

-- The part of a programme's cost a tracked indicator bears in its cost per unit of improvement (null: shared equally
-- among the indicators that state none), and the comparator group its comparators are taken from: a group loaded as
-- data, or one the reference data makes (tier:metropolitan-district, region:E12000002), hence no foreign key.
alter table programme_indicator add column cost_share numeric;
alter table programme_indicator add column comparator_group varchar;
alter table programme_indicator add constraint programme_indicator_cost_share_ck check (cost_share is null
    or (cost_share >= 0 and cost_share <= 1));
