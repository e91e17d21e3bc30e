-- A seeded synthetic set of spend lines for the benchmark, recorded as one import batch marked synthetic.
-- psql variables: lines (how many), seed (0 to 1). Every agency already in the database spends, on its own area,
-- across the thirteen services, six financial years (2017-18 to 2022-23), themed or not.
\set ON_ERROR_STOP on
begin;
set local max_parallel_workers_per_gather = 0;   -- one process, so setseed gives the same rows every run
select setseed(:seed) \gset

insert into import_batch (kind, source, publisher, licence, period, file_name, sha256, rows_read, rows_loaded,
                          synthetic, notes, started_at, finished_at, loaded_by)
values ('synthetic-spend', 'Benchmark spend lines (generated, not real)', 'Whole Place benchmark',
        'none: generated data', '2017-18 to 2022-23', 'bench/synthetic-spend.sql',
        md5('synthetic-spend:' || :'lines' || ':' || :'seed'), :lines, :lines, true,
        'seeded with setseed(' || :'seed' || ')', now(), now(), 'bench/spend-benchmark.sh')
returning id as batch_id \gset

with agencies as (select array_agg(code order by code) as codes, array_agg(area_code order by code) as areas
                  from agency),
     services as (select array_agg(code order by code) as codes from service where not is_total),
     themes as (select array_agg(code order by code) as codes from theme),
     picks as (select g,
                      1 + floor(random() * (select cardinality(codes) from agencies))::int as agency,
                      1 + floor(random() * 13)::int as service,
                      1 + floor(random() * 10)::int as theme,     -- 6 to 10: unclassified
                      2017 + floor(random() * 6)::int as year,
                      round((random() * 2000000 - 100000)::numeric, 2) as amount
               from generate_series(1, :lines) as g)
insert into spend_line (batch_id, place_code, agency_code, service_code, theme_code, financial_year, measure_code,
                        amount)
select :batch_id, a.areas[p.agency], a.codes[p.agency], s.codes[p.service],
       case when p.theme <= 5 then t.codes[p.theme] end, p.year, 'net-current-expenditure', p.amount
from picks p, agencies a, services s, themes t;

commit;
-- as autovacuum would in time: statistics, and a visibility map so that the covering index answers alone
vacuum analyze spend_line;
