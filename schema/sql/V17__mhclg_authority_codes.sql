-- MHCLG's own authority codes (E-codes: E4203 is Manchester) beside the places they name. The revenue returns before
-- 2014-15 name authorities by E-code only; later returns (RSX, RA, RS 2017-18) state the E-code beside the ONS code, and
-- each import of one records what it states here (the latest statement kept, with its batch). A file that names an
-- authority by E-code alone is matched through this table, and an E-code that no file has stated is refused.
create table mhclg_authority_code (
    e_code       varchar not null constraint mhclg_authority_code_pk primary key,
    place_code   varchar constraint mhclg_authority_code_place_fk references place (code) on delete cascade,
    name         varchar not null,
    stated_by    bigint constraint mhclg_authority_code_batch_fk references import_batch (id) on delete set null,
    -- a body the early returns name that no later return does: it has no place, and its rows are noted, not loaded
    retired_note varchar,
    constraint mhclg_authority_code_placed_ck check ((place_code is null) = (retired_note is not null))
);

-- The bodies of the RS returns 2010-11 to 2013-14 that no later shipped return (RSX 2021-22, 2022-23, RA 2021-22,
-- RS 2017-18) states beside an ONS code: found by comparing the E-codes of those files (Python, December 2026). Their
-- successors report under other E-codes, so matching them to a place would be a guess.
insert into mhclg_authority_code (e_code, name, retired_note) values
    ('E6002', 'Bedfordshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6005', 'Cambridgeshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6006', 'Cheshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6007', 'Cleveland Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6009', 'Cumbria Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6010', 'Derbyshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6012', 'Dorset Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6013', 'Durham Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6016', 'Gloucestershire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6020', 'Humberside Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6022', 'Kent Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6023', 'Lancashire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6024', 'Leicestershire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6025', 'Lincolnshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6026', 'Norfolk Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6027', 'North Yorkshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6028', 'Northamptonshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6030', 'Nottinghamshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6034', 'Staffordshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6035', 'Suffolk Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6037', 'Warwickshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6039', 'Wiltshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6042', 'Greater Manchester Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6043', 'Merseyside Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6044', 'South Yorkshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6045', 'Northumbria Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6046', 'West Midlands Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6047', 'West Yorkshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6050', 'Avon & Somerset Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6051', 'Devon & Cornwall Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6052', 'Hampshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6053', 'Sussex Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6054', 'Thames Valley Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6055', 'West Mercia Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6071', 'Essex Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6072', 'Hertfordshire Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6073', 'Surrey Police Authority', 'a police authority, abolished in November 2012 (police and crime commissioners followed, under other E-codes)'),
    ('E6112', 'Dorset Combined Fire Authority', 'a fire authority whose later returns were made under another body (merged 2016, or GMCA from 2017)'),
    ('E6139', 'Wiltshire Combined Fire Authority', 'a fire authority whose later returns were made under another body (merged 2016, or GMCA from 2017)'),
    ('E6142', 'Greater Manchester Fire & CD Authority', 'a fire authority whose later returns were made under another body (merged 2016, or GMCA from 2017)'),
    ('E6342', 'Greater Manchester Passenger Transport Authority', 'a passenger or integrated transport authority, succeeded by a combined authority under another E-code'),
    ('E6343', 'Merseyside Passenger Transport Authority', 'a passenger or integrated transport authority, succeeded by a combined authority under another E-code'),
    ('E6344', 'South Yorkshire Passenger Transport Authority', 'a passenger or integrated transport authority, succeeded by a combined authority under another E-code'),
    ('E6345', 'Tyne and Wear Passenger Transport Authority', 'a passenger or integrated transport authority, succeeded by a combined authority under another E-code'),
    ('E6347', 'West Yorkshire Passenger Transport Authority', 'a passenger or integrated transport authority, succeeded by a combined authority under another E-code');

-- Social care before 2011-12: the RS return of 2010-11 has one column for children's and adults' social care
-- together. It is a service of its own, never split between the two by guess.
insert into service (code, name) values
    ('social-care', 'Social care (children''s and adults'' together, as returned before 2011-12)');
