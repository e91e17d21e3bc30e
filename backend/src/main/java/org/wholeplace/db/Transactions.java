package org.wholeplace.db;

import java.util.function.Function;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import reactor.core.publisher.Mono;

/**
 * Runs work on one connection inside one PostgreSQL transaction, explicitly: commit when the work completes,
 * rollback when it fails or is cancelled. Spring's {@code @Transactional} is not used because its rollback over jOOQ
 * and R2DBC is unreliable; every caller's failure path is proven by a test instead.
 */
public final class Transactions {

    private final ConnectionFactory connections;

    public Transactions(ConnectionFactory connections) {
        this.connections = connections;
    }

    public <T> Mono<T> inTransaction(Function<TransactionScope, Mono<T>> work) {
        return Mono.usingWhen(
                Mono.from(connections.create()),
                connection -> Mono.from(connection.beginTransaction())
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
