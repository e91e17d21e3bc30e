-- Budgets beside outturn, and the Revenue Account's detailed lines as services of their own.

-- A service can be a detailed line of a service group: the Revenue Account (RA) budget form itemises each group
-- ("Children's social care: Youth justice" is line 323 of children's social care). form_line is the line number on
-- the MHCLG form: for a group, the line of its reported total (190 is TOTAL EDUCATION SERVICES); for a detailed line,
-- its own. The RA importer finds its columns by these numbers, because RA files carry no column codes.
alter table service add column parent_code varchar constraint service_parent_fk references service (code);
alter table service add column form_line integer constraint service_form_line_uk unique;

update service set form_line = case code
    when 'education' then 190
    when 'highways-transport' then 290
    when 'childrens-social-care' then 330
    when 'adult-social-care' then 360
    when 'public-health' then 390
    when 'housing' then 490
    when 'cultural' then 509
    when 'environmental' then 590
    when 'planning' then 599
    when 'police' then 601
    when 'fire-rescue' then 602
    when 'central' then 690
    when 'other' then 698
    when 'total-service-expenditure' then 799
    end;

-- The detailed service lines of the 2021-22 RA form, named as the form names them. A line a later form adds is
-- registered by the importer when it first meets it.
insert into service (code, name, parent_code, form_line) values
    ('ra-110', 'Early years', 'education', 110),
    ('ra-120', 'Primary schools', 'education', 120),
    ('ra-130', 'Secondary schools', 'education', 130),
    ('ra-140', 'Special schools and alternative provision', 'education', 140),
    ('ra-145', 'Post-16 provision', 'education', 145),
    ('ra-165', 'Other education and community budget', 'education', 165),
    ('ra-210', 'Transport planning, policy and strategy', 'highways-transport', 210),
    ('ra-230', 'Structural maintenance', 'highways-transport', 230),
    ('ra-247', 'Environmental, safety and routine maintenance', 'highways-transport', 247),
    ('ra-248', 'Winter service', 'highways-transport', 248),
    ('ra-249', 'Street lighting (including energy costs)', 'highways-transport', 249),
    ('ra-251', 'Traffic management and road safety: congestion charging', 'highways-transport', 251),
    ('ra-252', 'Traffic management and road safety: traffic management – bus lane enforcement', 'highways-transport', 252),
    ('ra-254', 'Traffic management and road safety: road safety education and safe routes (including school crossing patrols)', 'highways-transport', 254),
    ('ra-258', 'Traffic management and road safety: other', 'highways-transport', 258),
    ('ra-260', 'Parking services', 'highways-transport', 260),
    ('ra-271', 'Public transport: statutory concessionary fares', 'highways-transport', 271),
    ('ra-272', 'Public transport: discretionary concessionary fares', 'highways-transport', 272),
    ('ra-275', 'Public transport: support to operators', 'highways-transport', 275),
    ('ra-276', 'Public transport: co-ordination', 'highways-transport', 276),
    ('ra-280', 'Airports, harbours and toll facilities', 'highways-transport', 280),
    ('ra-310', 'Children''s social care: Sure start children''s centres/flying start and early years', 'childrens-social-care', 310),
    ('ra-313', 'Children''s social care: Children looked after', 'childrens-social-care', 313),
    ('ra-315', 'Children''s social care: Other children and family services', 'childrens-social-care', 315),
    ('ra-322', 'Children''s social care: Family support services', 'childrens-social-care', 322),
    ('ra-323', 'Children''s social care: Youth justice', 'childrens-social-care', 323),
    ('ra-325', 'Children''s social care: Safeguarding children and young people’s services', 'childrens-social-care', 325),
    ('ra-326', 'Children''s social care: Asylum seekers', 'childrens-social-care', 326),
    ('ra-327', 'Children''s social care: Services for young people', 'childrens-social-care', 327),
    ('ra-332', 'Physical support - adults (18–64)', 'adult-social-care', 332),
    ('ra-333', 'Physical support - older people (65+)', 'adult-social-care', 333),
    ('ra-334', 'Sensory support - adults (18–64)', 'adult-social-care', 334),
    ('ra-335', 'Sensory support - older people (65+)', 'adult-social-care', 335),
    ('ra-336', 'Support with memory and cognition - adults (18–64)', 'adult-social-care', 336),
    ('ra-337', 'Support with memory and cognition - older people (65+)', 'adult-social-care', 337),
    ('ra-340', 'Learning disability support - adults (18–64)', 'adult-social-care', 340),
    ('ra-341', 'Learning disability support - older people (65+)', 'adult-social-care', 341),
    ('ra-344', 'Mental health support - adults (18–64)', 'adult-social-care', 344),
    ('ra-345', 'Mental health support - older people (65+)', 'adult-social-care', 345),
    ('ra-348', 'Social support: Substance misuse support', 'adult-social-care', 348),
    ('ra-349', 'Social support: Asylum seeker support', 'adult-social-care', 349),
    ('ra-350', 'Social support: Support for carer', 'adult-social-care', 350),
    ('ra-351', 'Social support: Social Isolation', 'adult-social-care', 351),
    ('ra-353', 'Assistive equipment and technology', 'adult-social-care', 353),
    ('ra-354', 'Social care activities', 'adult-social-care', 354),
    ('ra-355', 'Information and early intervention', 'adult-social-care', 355),
    ('ra-356', 'Commissioning and service delivery', 'adult-social-care', 356),
    ('ra-357', 'COVID-19 discharge costs', 'adult-social-care', 357),
    ('ra-358', 'Disbursement payments to care homes', 'adult-social-care', 358),
    ('ra-361', 'Sexual health services - STI testing and treatment (prescribed functions)', 'public-health', 361),
    ('ra-362', 'Sexual health services - Contraception (prescribed functions)', 'public-health', 362),
    ('ra-363', 'Sexual health services - Promotion, prevention and advice (non-prescribed functions)', 'public-health', 363),
    ('ra-365', 'NHS health check programme (prescribed functions)', 'public-health', 365),
    ('ra-366', 'Health protection - Local authority role in health protection (prescribed functions)', 'public-health', 366),
    ('ra-368', 'National child measurement programme (prescribed functions)', 'public-health', 368),
    ('ra-370', 'Public health advice to NHS commissioners (prescribed functions)', 'public-health', 370),
    ('ra-371', 'Obesity - adults', 'public-health', 371),
    ('ra-372', 'Obesity - children', 'public-health', 372),
    ('ra-373', 'Physical activity - adults', 'public-health', 373),
    ('ra-374', 'Physical activity - children', 'public-health', 374),
    ('ra-376', 'Substance misuse - Treatment for drug misuse in adults', 'public-health', 376),
    ('ra-377', 'Substance misuse - Treatment for alcohol misuse in adults', 'public-health', 377),
    ('ra-378', 'Substance misuse - Preventing and reducing harm from drug misuse in adults', 'public-health', 378),
    ('ra-379', 'Substance misuse - Preventing and reducing harm from alcohol misuse in adults', 'public-health', 379),
    ('ra-380', 'Substance misuse - Specialist drug and alcohol misuse services for children and young people', 'public-health', 380),
    ('ra-381', 'Smoking and tobacco - Stop smoking services and interventions', 'public-health', 381),
    ('ra-382', 'Smoking and tobacco - Wider tobacco control', 'public-health', 382),
    ('ra-383', 'Children 5–19 public health programmes', 'public-health', 383),
    ('ra-384', 'Miscellaneous public health services - Mandated 0-5 children’s services (prescribed functions)', 'public-health', 384),
    ('ra-385', 'Miscellaneous public health services - All Other 0-5 children’s services (non-prescribed functions)', 'public-health', 385),
    ('ra-386', 'Health at work', 'public-health', 386),
    ('ra-387', 'Public mental health', 'public-health', 387),
    ('ra-389', 'Miscellaneous public health services - other', 'public-health', 389),
    ('ra-391', 'Test, track & trace and outbreak planning', 'public-health', 391),
    ('ra-392', 'Other public health spend relating to COVID-19', 'public-health', 392),
    ('ra-409', 'Housing strategy, advice, advances, enabling, renewals and licensing', 'housing', 409),
    ('ra-440', 'Homelessness', 'housing', 440),
    ('ra-456', 'Housing benefits: rent allowances and rent rebates - discretionary payments', 'housing', 456),
    ('ra-457', 'Housing benefits administration', 'housing', 457),
    ('ra-460', 'Other council property - travellers'' sites and non-HRA council property', 'housing', 460),
    ('ra-475', 'Housing welfare: Supporting People', 'housing', 475),
    ('ra-478', 'Other welfare services', 'housing', 478),
    ('ra-500', 'Archives', 'cultural', 500),
    ('ra-501', 'Culture and heritage (excluding Archives)', 'cultural', 501),
    ('ra-504', 'Tourism', 'cultural', 504),
    ('ra-505', 'Library service', 'cultural', 505),
    ('ra-506', 'Recreation and sport', 'cultural', 506),
    ('ra-507', 'Open spaces', 'cultural', 507),
    ('ra-510', 'Cemetery, cremation and mortuary services', 'environmental', 510),
    ('ra-519', 'Regulatory services: Trading standards', 'environmental', 519),
    ('ra-520', 'Regulatory services: Water safety', 'environmental', 520),
    ('ra-521', 'Regulatory services: Food safety', 'environmental', 521),
    ('ra-522', 'Regulatory services: Environmental protection; noise and nuisance', 'environmental', 522),
    ('ra-523', 'Regulatory services: Housing standards', 'environmental', 523),
    ('ra-524', 'Regulatory services: Health and safety', 'environmental', 524),
    ('ra-525', 'Regulatory services: Port health (excluding levies)', 'environmental', 525),
    ('ra-526', 'Regulatory services: Port health levies', 'environmental', 526),
    ('ra-527', 'Regulatory services: Pest control', 'environmental', 527),
    ('ra-528', 'Regulatory services: Public conveniences', 'environmental', 528),
    ('ra-529', 'Regulatory services: Animal and public health; infectious disease', 'environmental', 529),
    ('ra-530', 'Regulatory services: Licensing - Alcohol and entertainment licensing; taxi licensing', 'environmental', 530),
    ('ra-531', 'Community safety (Crime reduction)', 'environmental', 531),
    ('ra-532', 'Community safety (Safety services)', 'environmental', 532),
    ('ra-533', 'Community safety (CCTV)', 'environmental', 533),
    ('ra-541', 'Defences against flooding', 'environmental', 541),
    ('ra-543', 'Land drainage and related work (excluding levy / Special levies)', 'environmental', 543),
    ('ra-544', 'Land drainage and related work - Levy / Special levies', 'environmental', 544),
    ('ra-547', 'Coast protection', 'environmental', 547),
    ('ra-550', 'Agriculture and fisheries services', 'environmental', 550),
    ('ra-570', 'Street cleansing (not chargeable to Highways)', 'environmental', 570),
    ('ra-581', 'Waste collection', 'environmental', 581),
    ('ra-582', 'Waste disposal', 'environmental', 582),
    ('ra-583', 'Trade waste', 'environmental', 583),
    ('ra-584', 'Recycling', 'environmental', 584),
    ('ra-585', 'Waste minimisation', 'environmental', 585),
    ('ra-586', 'Climate change costs', 'environmental', 586),
    ('ra-591', 'Building control', 'planning', 591),
    ('ra-592', 'Development control', 'planning', 592),
    ('ra-593', 'Planning policy', 'planning', 593),
    ('ra-594', 'Environmental initiatives', 'planning', 594),
    ('ra-595', 'Economic development', 'planning', 595),
    ('ra-596', 'Community development', 'planning', 596),
    ('ra-597', 'Economic research', 'planning', 597),
    ('ra-598', 'Business Support (b)', 'planning', 598),
    ('ra-604', 'Coroners'' court services', 'central', 604),
    ('ra-605', 'Other court services', 'central', 605),
    ('ra-610', 'Corporate and democratic core', 'central', 610),
    ('ra-623', 'Local tax collection: council tax discounts - locally funded', 'central', 623),
    ('ra-625', 'Local tax collection: council tax support administration', 'central', 625),
    ('ra-628', 'Local tax collection: other', 'central', 628),
    ('ra-650', 'Emergency planning', 'central', 650),
    ('ra-675', 'Central services to the public: other', 'central', 675),
    ('ra-681', 'Non-distributed costs - retirement benefits', 'central', 681),
    ('ra-682', 'Non-distributed costs - costs of unused shares of IT facilities and other assets', 'central', 682),
    ('ra-684', 'Non-distributed costs - revenue expenditure on surplus assets', 'central', 684);

-- Whether a figure is what was spent (outturn, the RO returns) or what was planned (budget, the RA returns).
-- itemised: the line is a group's reported total whose detailed lines were loaded beside it from the same return;
-- queries by theme read the detailed lines instead, so that nothing counts twice.
alter table spend_line add column basis varchar not null default 'outturn';
alter table spend_line add constraint spend_line_basis_ck check (basis in ('outturn', 'budget'));
alter table spend_line add column itemised boolean not null default false;
alter table spend_line_superseded add column basis varchar not null default 'outturn';
alter table spend_line_superseded add column itemised boolean not null default false;

-- [jooq ignore start]
drop index spend_line_year_measure_ix;
create index spend_line_year_measure_ix on spend_line (financial_year, measure_code, basis, place_code, service_code)
    include (agency_code, theme_code, amount, itemised);

-- A detailed line with no classification rows of its own is classified as its group is: public health's lines go
-- where public health goes, unless the classification says otherwise for a line.
create or replace view theme_allocation as
with current_rows as (
    select c.service_code, c.theme_code, c.intervention_level, c.share
    from service_classification c
             join import_batch b on b.id = c.batch_id and b.superseded_by is null
),
effective_rows as (
    select service_code, theme_code, intervention_level, share
    from current_rows
    union all
    select s.code, r.theme_code, r.intervention_level, r.share
    from service s
             join current_rows r on r.service_code = s.parent_code
    where not exists (select 1 from current_rows own where own.service_code = s.code)
),
shares as (
    select service_code, theme_code, intervention_level, share
    from effective_rows
    union all
    select s.code, null, null, 1 - coalesce(sum(r.share), 0)
    from service s
             left join effective_rows r on r.service_code = s.code
    group by s.code
    having 1 - coalesce(sum(r.share), 0) > 0
)
select service_code, theme_code, intervention_level, share,
       coalesce(sum(share) over (partition by service_code order by theme_code nulls last,
           intervention_level nulls first rows between unbounded preceding and 1 preceding), 0) as share_before,
       sum(share) over (partition by service_code order by theme_code nulls last, intervention_level nulls first
           rows between unbounded preceding and current row) as share_through
from shares;
-- [jooq ignore stop]
