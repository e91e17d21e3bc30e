-- Reference data for the demo region, Greater Manchester, and the vocabulary every loader maps into.
-- Other authorities arrive with the data that names them (every body in a revenue outturn file becomes a place and
-- an agency); a region that wants parent links or agency names of its own adds them in a migration like this one.

insert into place (code, name, kind, authority_class, parent_code) values
    ('E92000001', 'England', 'country', null, null),
    ('E47000001', 'Greater Manchester', 'combined-authority-area', 'CA', 'E92000001'),
    ('E08000001', 'Bolton', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000002', 'Bury', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000003', 'Manchester', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000004', 'Oldham', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000005', 'Rochdale', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000006', 'Salford', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000007', 'Stockport', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000008', 'Tameside', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000009', 'Trafford', 'metropolitan-district', 'MD', 'E47000001'),
    ('E08000010', 'Wigan', 'metropolitan-district', 'MD', 'E47000001'),
    ('E06000007', 'Warrington', 'unitary-authority', 'UA', 'E92000001'),
    ('E23000005', 'Greater Manchester police force area', 'police-force-area', 'P', 'E92000001');

-- Whole Place themes: the Total Place and Whole Place Community Budget pilots' own.
insert into theme (code, name, description) values
    ('early-years', 'Early years', 'Children aged 0 to 5, including pre-birth (Total Place, GM and Warrington)'),
    ('troubled-families', 'Troubled families', 'Families with multiple, complex needs'),
    ('transforming-justice', 'Transforming justice', 'Offending, reoffending and the justice system'),
    ('health-and-social-care', 'Health and social care integration', 'Health and adult social care working as one'),
    ('worklessness', 'Worklessness', 'Getting people into work; a cross-cutting theme of the Community Budget pilots');

-- The thirteen service groups of the MHCLG revenue outturn summary (RSX) and its reported total.
insert into service (code, name, rsx_group, is_total) values
    ('education', 'Education services', 'edu', false),
    ('highways-transport', 'Highways and transport services', 'trans', false),
    ('childrens-social-care', 'Children''s social care', 'csc', false),
    ('adult-social-care', 'Adult social care', 'asc', false),
    ('public-health', 'Public health', 'phs', false),
    ('housing', 'Housing services (GFRA only)', 'hous', false),
    ('cultural', 'Cultural and related services', 'cul', false),
    ('environmental', 'Environmental and regulatory services', 'env', false),
    ('planning', 'Planning and development services', 'plan', false),
    ('police', 'Police services', 'pol', false),
    ('fire-rescue', 'Fire and rescue services', 'frs', false),
    ('central', 'Central services', 'cen', false),
    ('other', 'Other services', 'oth', false),
    ('total-service-expenditure', 'Total service expenditure (as reported)', 'totsx', true);

insert into measure (code, name, rsx_suffix) values
    ('employees', 'Employees', 'empl'),
    ('running-expenses', 'Running expenses', 'run-exp'),
    ('total-expenditure', 'Total expenditure', 'tot-exp'),
    ('sales-fees-charges', 'Sales, fees and charges', 'sfc'),
    ('other-income', 'Other income', 'oth-inc'),
    ('total-income', 'Total income', 'tot-inc'),
    ('net-current-expenditure', 'Net current expenditure', 'net-cur-exp');

insert into agency (code, name, kind, "level", area_code, reported_by, reported_service) values
    ('E08000001', 'Bolton Council', 'council', 'local', 'E08000001', 'E08000001', null),
    ('E08000002', 'Bury Council', 'council', 'local', 'E08000002', 'E08000002', null),
    ('E08000003', 'Manchester City Council', 'council', 'local', 'E08000003', 'E08000003', null),
    ('E08000004', 'Oldham Council', 'council', 'local', 'E08000004', 'E08000004', null),
    ('E08000005', 'Rochdale Borough Council', 'council', 'local', 'E08000005', 'E08000005', null),
    ('E08000006', 'Salford City Council', 'council', 'local', 'E08000006', 'E08000006', null),
    ('E08000007', 'Stockport Council', 'council', 'local', 'E08000007', 'E08000007', null),
    ('E08000008', 'Tameside Council', 'council', 'local', 'E08000008', 'E08000008', null),
    ('E08000009', 'Trafford Council', 'council', 'local', 'E08000009', 'E08000009', null),
    ('E08000010', 'Wigan Council', 'council', 'local', 'E08000010', 'E08000010', null),
    ('E06000007', 'Warrington Borough Council', 'council', 'local', 'E06000007', 'E06000007', null),
    ('E47000001', 'Greater Manchester Combined Authority', 'combined-authority', 'city-region', 'E47000001', 'E47000001', null),
    -- Since 2017 the GMCA is the fire and rescue authority: GMFRS's spend is the fire line of the GMCA's return.
    ('gm-fire', 'Greater Manchester Fire and Rescue Service', 'fire-and-rescue', 'city-region', 'E47000001', 'E47000001', 'fire-rescue'),
    -- The police force area is Greater Manchester itself, so its spend is recorded there.
    ('E23000005', 'Greater Manchester Police', 'police', 'city-region', 'E47000001', 'E23000005', null);
