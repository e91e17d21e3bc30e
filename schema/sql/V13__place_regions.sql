-- The English region (E12...) a place lies in, as a publisher states it: a Fingertips download names each
-- district's and unitary authority's region as its parent. Regions make comparator groups (region:<code>) as tiers do.
create table place_region (
    place_code  varchar not null constraint place_region_pk primary key
        constraint place_region_place_fk references place (code),
    region_code varchar not null constraint place_region_region_fk references place (code),
    batch_id    bigint  not null constraint place_region_batch_fk references import_batch (id) on delete cascade
);
create index place_region_region_ix on place_region (region_code);
