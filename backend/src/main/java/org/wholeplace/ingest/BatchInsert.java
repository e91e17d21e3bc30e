package org.wholeplace.ingest;

import java.util.Collection;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inserts many rows in few statements: as many rows per INSERT as PostgreSQL's limit of 65,535 bind parameters a
 * statement allows (with room to spare), one statement after another on the import's connection.
 */
public final class BatchInsert {

    private static final int PARAMETERS_PER_STATEMENT = 30_000;

    private BatchInsert() {
    }

    public static <R extends Record, T> Mono<Void> insert(DSLContext dsl, Table<R> table, Collection<? extends Field<?>> fields,
                                                          Collection<T> rows, Function<T, Collection<?>> values) {
        return insert(dsl, table, fields, rows, values, insert -> insert);
    }

    /** @param completion what each statement adds after its values, such as {@code onConflict(...).doUpdate()} */
    public static <R extends Record, T> Mono<Void> insert(DSLContext dsl, Table<R> table, Collection<? extends Field<?>> fields,
                                                          Collection<T> rows, Function<T, Collection<?>> values,
                                                          Function<InsertValuesStepN<R>, ? extends Insert<R>> completion) {
        int rowsPerStatement = Math.max(1, PARAMETERS_PER_STATEMENT / fields.size());
        return Flux.fromIterable(rows).buffer(rowsPerStatement).concatMap(chunk -> {
            InsertValuesStepN<R> insert = dsl.insertInto(table, fields);
            for (T row : chunk) {
                insert = insert.values(values.apply(row));
            }
            return Mono.from(completion.apply(insert));
        }).then();
    }
}
