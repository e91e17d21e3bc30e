-- Named groups of places to compare a place with, beyond its parent's other places: CIPFA nearest neighbours, a
-- statistical neighbour set, the authorities of a pilot. Loaded as data (kind comparators); each file replaces the
-- members of the groups it names.
create table comparator_group (
    code     varchar not null constraint comparator_group_pk primary key,   -- cipfa-manchester
    name     varchar not null,
    batch_id bigint  not null constraint comparator_group_batch_fk references import_batch (id)
);

create table comparator_member (
    group_code varchar not null constraint comparator_member_group_fk references comparator_group (code),
    place_code varchar not null constraint comparator_member_place_fk references place (code),
    constraint comparator_member_pk primary key (group_code, place_code)
);
