-- Observations by sex, age and category (a deprivation decile, an ethnic group), as Fingertips publishes them, so
-- that Male, Female and Persons rows, or two age bands, are never mixed in a comparison, a rank or a trend. Null:
-- the file states none (an extract of one age and no categories).
alter table observation add column age varchar;
alter table observation add column category_type varchar;
alter table observation add column category varchar;

-- Fingertips' judgements of indicators that make none: higher or lower than England, not better or worse.
alter table observation drop constraint observation_significance_ck;
alter table observation add constraint observation_significance_ck
    check (source_significance in ('better', 'similar', 'worse', 'not-compared', 'higher', 'lower'));
