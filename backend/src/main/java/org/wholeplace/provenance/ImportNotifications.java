package org.wholeplace.provenance;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Result;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Keeps every running instance current with every import, whichever process ran it. An import announces its batch
 * with {@code pg_notify} inside its own transaction, so PostgreSQL delivers the notification only if it commits. Each
 * instance listens on one connection of its own, outside the pool (a pooled connection would be handed to requests),
 * and tells its {@link ImportListener}s of every batch another process committed. When the connection drops it is
 * opened again, and because imports may have committed meanwhile, every listener then refreshes everything.
 */
@Component
public class ImportNotifications implements SmartLifecycle {

    static final String CHANNEL = "wholeplace_imports";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "wholeplace-import-listener";
    private static final Logger log = LoggerFactory.getLogger(ImportNotifications.class);

    private final String instance = UUID.randomUUID().toString();
    private final R2dbcConnectionDetails database;
    private final ImportBatchRepository batches;
    private final ImportEvents events;
    private final boolean enabled;
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch firstListening = new CountDownLatch(1);
    private volatile Disposable listening;

    public ImportNotifications(R2dbcConnectionDetails database, ImportBatchRepository batches, ImportEvents events,
                               @Value("${wholeplace.imports.listen:true}") boolean enabled) {
        this.database = database;
        this.batches = batches;
        this.events = events;
        this.enabled = enabled;
    }

    /** Inside the import's transaction: tells every instance of the batch once, and only if, the import commits. */
    public Mono<Void> announce(TransactionScope scope, long batchId) {
        return Mono.from(scope.dsl().select(DSL.function("pg_notify", Object.class,
                        DSL.val(CHANNEL), DSL.val(instance + " " + batchId))))
                .then();
    }

    /** How many times the listening connection has been opened (1 while it has never dropped). */
    public int connectionsOpened() {
        return connections.get();
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        listening = Flux.defer(this::listenOnce)
                // A connection that ends (pg_terminate_backend, a restart of the server) is opened again.
                .concatWith(Flux.error(() -> new IllegalStateException("the listening connection ended")))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5))
                        .doBeforeRetry(signal -> log.warn("Import notifications: {}; connecting again",
                                signal.failure().getMessage())))
                .concatMap(this::onNotification)
                .subscribe();
        awaitFirstListening();
    }

    /**
     * Start-up waits (a little) for the first connection and its catch-up refresh, so that requests are served only
     * once this instance hears of every import.
     */
    private void awaitFirstListening() {
        try {
            if (!firstListening.await(10, TimeUnit.SECONDS)) {
                log.warn("Import notifications: not listening yet; serving anyway, and catching up once connected");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Flux<Notification> listenOnce() {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.builder()
                .from(database.getConnectionFactoryOptions())
                .option(PostgresqlConnectionFactoryProvider.APPLICATION_NAME, APPLICATION_NAME)
                .build();
        return Flux.usingWhen(
                Mono.from(new PostgresqlConnectionFactoryProvider().create(options).create()),
                connection -> Flux.from(connection.createStatement("LISTEN " + CHANNEL).execute())
                        .flatMap(Result::getRowsUpdated)
                        .then(Mono.defer(this::onListening))
                        .thenMany(connection.getNotifications()),
                PostgresqlConnection::close,
                (connection, error) -> connection.close().onErrorResume(closeFailed -> Mono.empty()),
                PostgresqlConnection::close);
    }

    /** Listening now; anything committed before it, since start-up or while the connection was down, is caught up. */
    private Mono<Void> onListening() {
        int opened = connections.incrementAndGet();
        log.info("Import notifications: listening on '{}'{}", CHANNEL, opened > 1 ? " again; refreshing" : "");
        return events.refreshAll()
                .onErrorResume(e -> {
                    log.warn("Refresh after connecting failed", e);
                    return Mono.empty();
                })
                .doFinally(signal -> firstListening.countDown());
    }

    private Mono<Void> onNotification(Notification notification) {
        String[] payload = String.valueOf(notification.getParameter()).split(" ");
        if (payload.length != 2 || payload[0].equals(instance)) {
            return Mono.empty(); // this instance's own import: its listeners were told before it reported done
        }
        return batches.byIds(List.of(Long.parseLong(payload[1])))
                .concatMap(batch -> events.publish(new ImportCompleted(batch)))
                .then()
                .onErrorResume(e -> {
                    log.warn("Could not take in import batch {}", payload[1], e);
                    return Mono.empty();
                });
    }

    @Override
    public void stop() {
        Disposable current = listening;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable current = listening;
        return current != null && !current.isDisposed();
    }
}
