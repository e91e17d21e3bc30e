package org.wholeplace.db;

import java.util.function.Function;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Wrapped;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs work on one connection inside one PostgreSQL transaction, explicitly: commit when the work completes,
 * rollback when it fails or is cancelled. Spring's {@code @Transactional} is not used because its rollback over jOOQ
 * and R2DBC is unreliable; every caller's failure path is proven by a test instead.
 */
public final class Transactions {

    /**
     * The pool plans every statement for its values, which suits the read queries; but foreign-key checks run as
     * cached plans too, once per row written, and re-planning them made a million-line COPY three times slower.
     * Writes therefore go back to PostgreSQL's default for the length of their transaction.
     */
    private static final String DEFAULT_PLAN_CACHE = "set local plan_cache_mode = auto";

    private final ConnectionFactory connections;

    public Transactions(ConnectionFactory connections) {
        this.connections = connections;
    }

    public <T> Mono<T> inTransaction(Function<TransactionScope, Mono<T>> work) {
        return Mono.usingWhen(
                Mono.from(connections.create()),
                connection -> Mono.from(connection.beginTransaction())
                        .thenMany(Flux.from(connection.createStatement(DEFAULT_PLAN_CACHE).execute())
                                .flatMap(Result::getRowsUpdated))
                        .then(Mono.defer(() -> work.apply(new TransactionScope(connection))))
                        .flatMap(result -> Mono.from(connection.commitTransaction()).thenReturn(result))
                        .switchIfEmpty(Mono.from(connection.commitTransaction()).then(Mono.empty())),
                connection -> Mono.from(connection.close()),
                (connection, error) -> Mono.from(connection.rollbackTransaction())
                        .onErrorResume(rollbackFailed -> Mono.empty())
                        .then(Mono.from(connection.close())),
                connection -> Mono.from(connection.rollbackTransaction())
                        .onErrorResume(rollbackFailed -> Mono.empty())
                        .then(Mono.from(connection.close())));
    }

    /** The connection of one transaction, for jOOQ statements and for COPY. */
    public record TransactionScope(Connection connection) {

        public DSLContext dsl() {
            return DSL.using(connection, SQLDialect.POSTGRES);
        }

        /** The driver's own connection under the pool's wrapper, which is what speaks COPY. */
        @SuppressWarnings("unchecked")
        public PostgresqlConnection postgres() {
            Object current = connection;
            while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
                current = wrapped.unwrap();
            }
            if (current instanceof PostgresqlConnection postgres) {
                return postgres;
            }
            throw new IllegalStateException("Not a PostgreSQL connection: " + connection.getClass().getName());
        }
    }
}
