-- The agencies beyond councils, police and fire that spend public money in Greater Manchester's places, for the
-- Whole Place themes. No public data set gives their spend per borough: the demo loads a generated one, every row
-- marked synthetic in its import batch. A region adds its own agencies in a migration like this one.
insert into agency (code, name, kind, "level", area_code, reported_by, reported_service) values
    ('nhs-gm', 'NHS Greater Manchester Integrated Care', 'nhs', 'city-region', 'E47000001', null, null),
    ('dwp', 'Department for Work and Pensions (Jobcentre Plus)', 'dwp', 'national', 'E92000001', null, null),
    ('probation', 'Probation Service (HM Prison and Probation Service)', 'probation', 'national', 'E92000001', null, null),
    ('gm-schools', 'Maintained schools and academies in Greater Manchester', 'schools', 'local', 'E47000001', null, null),
    ('gm-vcse', 'Voluntary, community and social enterprise sector (grant-funded)', 'voluntary-sector', 'local', 'E47000001', null, null);
