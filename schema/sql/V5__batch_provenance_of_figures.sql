-- [jooq ignore start]
-- Concatenates arrays across rows: lets one aggregate query carry, per figure, the import batches behind it.
create aggregate array_cat_agg(anycompatiblearray) (
    sfunc = array_cat,
    stype = anycompatiblearray
);
-- [jooq ignore stop]
