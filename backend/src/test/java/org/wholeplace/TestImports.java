package org.wholeplace;

import static org.wholeplace.db.generated.Tables.AGENCY;
import static org.wholeplace.db.generated.Tables.COMPARATOR_GROUP;
import static org.wholeplace.db.generated.Tables.COMPARATOR_MEMBER;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.OBSERVATION;
import static org.wholeplace.db.generated.Tables.PLACE;
import static org.wholeplace.db.generated.Tables.PROGRAMME;
import static org.wholeplace.db.generated.Tables.SERVICE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE_SUPERSEDED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;
import org.wholeplace.db.Transactions;
import org.wholeplace.ingest.DemoDataGenerator;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportService;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.prices.OnsGdpDeflatorCache;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the files a test needs the way the application loads any file ({@link ImportService}: one transaction, the
 * kind's importer, earlier versions superseded), and after the test removes every batch it loaded, so that the data
 * the other tests read stays as shipped and no test has to clean up after itself. A test holds one as a field:
 * {@code @RegisterExtension final TestImports imports = new TestImports();}
 *
 * <p>The application keeps every batch (a superseded one is history) and so has no way to remove one: removal here is
 * the schema's, deleting the batch row and with it everything whose foreign key cascades from it. What does not
 * cascade is undone first, as the import did it: the batches it superseded are current again, their spend lines back
 * from the history table; the indicators and comparator groups it registered go; and so do the places, agencies and
 * services the test's files registered, rows of no batch, told by their absence at the test's first load. Comparator
 * groups, places' regions, population estimates and driver values are taken over by a later file, not versioned: one
 * a test's file re-states goes with it, and the earlier statement cannot come back, so a test file should state only
 * its own (a test's group code, driver, year). The newest batch goes first, so that a test's second version of a
 * file restores its first, and that the shipped one. Then the caches of the data are refreshed, the reference
 * snapshot and the ONS GDP deflator (the other listener of imports, the dashboards', would tell open dashboards of a
 * change no import made).
 */
public final class TestImports implements BeforeEachCallback, AfterEachCallback {

    private static final String LOADED_BY = "test";

    private final Supplier<ApplicationContext> startedByTheTest;
    private ApplicationContext application;
    private final List<Long> loaded = new ArrayList<>();
    private final List<LoadedElsewhere> elsewhere = new ArrayList<>();
    private Registered before;
    private Path written;

    /** On the test's own Spring application context (a {@link WholePlaceTest}). */
    public TestImports() {
        this.startedByTheTest = null;
    }

    /** On an application the test started itself, asked for at each test (it may be started after this is made). */
    public TestImports(Supplier<? extends ApplicationContext> application) {
        this.startedByTheTest = application::get;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        application = startedByTheTest != null ? startedByTheTest.get()
                : SpringExtension.getApplicationContext(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            removeWhatWasLoaded();
        } finally {
            if (written != null) {
                FileSystemUtils.deleteRecursively(written);
            }
        }
    }

    /** A file whose format states its provenance (or needs none). */
    public ImportOutcome load(ImportKind kind, Path file) {
        return load(kind, file, null, null);
    }

    /** @param stated the source, publisher and licence, for a kind whose format does not state them; else null */
    public ImportOutcome load(ImportKind kind, Path file, Provenance stated) {
        return load(kind, file, stated, null);
    }

    /** @param mapping the publisher's column mapping, for a {@link ImportKind#TRANSPARENCY} file */
    public ImportOutcome load(ImportKind kind, Path file, Provenance stated, Path mapping) {
        rememberWhatIsRegistered();
        return track(bean(ImportService.class).importFile(kind, file, stated, mapping, LOADED_BY, read -> { }).block());
    }

    /** A file the test writes: its text, under this name, in a folder that goes after the test. */
    public ImportOutcome load(ImportKind kind, String fileName, String text) {
        return load(kind, fileName, null, text);
    }

    /** A file the test writes, with the provenance its format does not state. */
    public ImportOutcome load(ImportKind kind, String fileName, Provenance stated, String text) {
        try {
            if (written == null) {
                written = Files.createTempDirectory("wholeplace-test-imports");
            }
            return load(kind, Files.writeString(written.resolve(fileName), text), stated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a demo data generator loads, as the start-up loads it. */
    public ImportOutcome load(DemoDataGenerator generator) {
        rememberWhatIsRegistered();
        return track(generator.load(bean(ImportService.class), LOADED_BY).block());
    }

    /**
     * A file the test has loaded another way (the command line, the admin upload): its batches, those loaded from now
     * on under this file name, are removed after the test as the ones loaded here are.
     */
    public void loadedElsewhere(String fileName) {
        rememberWhatIsRegistered();
        long highest = Mono.from(dsl().select(DSL.coalesce(DSL.max(IMPORT_BATCH.ID), 0L)).from(IMPORT_BATCH))
                .block().value1();
        elsewhere.add(new LoadedElsewhere(fileName, highest));
    }

    private ImportOutcome track(ImportOutcome outcome) {
        if (!outcome.alreadyLoaded()) {
            loaded.add(outcome.batch().id());
        }
        return outcome;
    }

    private void rememberWhatIsRegistered() {
        if (before == null) {
            before = registered();
        }
    }

    /** Removes what the test has loaded so far, as after it: for a test that loads the same files again. */
    public void removeWhatWasLoaded() {
        if (before == null) {
            return;
        }
        TreeSet<Long> batches = new TreeSet<>(loaded);
        for (LoadedElsewhere file : elsewhere) {
            batches.addAll(Flux.from(dsl().select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                            .where(IMPORT_BATCH.FILE_NAME.eq(file.fileName()), IMPORT_BATCH.ID.gt(file.afterBatch())))
                    .map(Record1::value1).collectList().block());
        }
        Transactions transactions = bean(Transactions.class);
        for (long batch : batches.descendingSet()) {
            transactions.inTransaction(scope -> remove(scope.dsl(), batch).thenReturn(batch)).block();
        }
        Registered now = registered();
        DSLContext dsl = dsl();
        Mono.from(dsl.deleteFrom(AGENCY).where(AGENCY.CODE.in(added(before.agencies(), now.agencies()))))
                .then(Mono.from(dsl.deleteFrom(SERVICE).where(SERVICE.CODE.in(added(before.services(),
                        now.services())))))
                .then(Mono.from(dsl.deleteFrom(PLACE).where(PLACE.CODE.in(added(before.places(), now.places())))))
                .block();
        bean(ReferenceDataCache.class).refresh().block();
        bean(OnsGdpDeflatorCache.class).refresh().block();
        loaded.clear();
        elsewhere.clear();
        before = null;
    }

    /** One batch, in one transaction: what does not cascade from it first, then the batch. */
    private static Mono<Void> remove(DSLContext dsl, long batch) {
        return restoreWhatItSuperseded(dsl, batch)
                // before the indicators the batch registered, whose rows refer to them
                .then(Mono.from(dsl.deleteFrom(OBSERVATION).where(OBSERVATION.BATCH_ID.eq(batch))))
                .then(Mono.from(dsl.deleteFrom(PROGRAMME).where(PROGRAMME.BATCH_ID.eq(batch))))
                .then(Mono.from(dsl.deleteFrom(INDICATOR).where(INDICATOR.BATCH_ID.eq(batch))))
                .then(Mono.from(dsl.deleteFrom(COMPARATOR_MEMBER).where(COMPARATOR_MEMBER.GROUP_CODE.in(
                        dsl.select(COMPARATOR_GROUP.CODE).from(COMPARATOR_GROUP)
                                .where(COMPARATOR_GROUP.BATCH_ID.eq(batch))))))
                .then(Mono.from(dsl.deleteFrom(COMPARATOR_GROUP).where(COMPARATOR_GROUP.BATCH_ID.eq(batch))))
                .then(Mono.from(dsl.deleteFrom(SPEND_LINE_SUPERSEDED).where(SPEND_LINE_SUPERSEDED.BATCH_ID.eq(batch))))
                .then(Mono.from(dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batch))))
                .then();
    }

    /** The inverse of the import's superseding: current again, with the spend lines it moved to the history table. */
    private static Mono<Void> restoreWhatItSuperseded(DSLContext dsl, long batch) {
        List<Field<?>> columns = Arrays.stream(SPEND_LINE.fields()).filter(f -> !f.equals(SPEND_LINE.ID)).toList();
        List<Field<?>> history = columns.stream().<Field<?>>map(f -> SPEND_LINE_SUPERSEDED.field(f.getName()))
                .toList();
        var earlier = dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.SUPERSEDED_BY.eq(batch));
        return Mono.from(dsl.insertInto(SPEND_LINE, columns).select(dsl.select(history).from(SPEND_LINE_SUPERSEDED)
                        .where(SPEND_LINE_SUPERSEDED.BATCH_ID.in(earlier))))
                .then(Mono.from(dsl.deleteFrom(SPEND_LINE_SUPERSEDED)
                        .where(SPEND_LINE_SUPERSEDED.BATCH_ID.in(earlier))))
                .then(Mono.from(dsl.update(IMPORT_BATCH).setNull(IMPORT_BATCH.SUPERSEDED_BY)
                        .setNull(IMPORT_BATCH.SUPERSEDED_AT).where(IMPORT_BATCH.SUPERSEDED_BY.eq(batch))))
                .then();
    }

    private Registered registered() {
        return new Registered(codes(PLACE, PLACE.CODE), codes(AGENCY, AGENCY.CODE), codes(SERVICE, SERVICE.CODE));
    }

    private Set<String> codes(Table<?> table, Field<String> code) {
        return new HashSet<>(Flux.from(dsl().select(code).from(table)).map(Record1::value1).collectList().block());
    }

    private static Set<String> added(Set<String> before, Set<String> now) {
        Set<String> added = new HashSet<>(now);
        added.removeAll(before);
        return added;
    }

    private DSLContext dsl() {
        return bean(DSLContext.class);
    }

    private <T> T bean(Class<T> type) {
        if (application == null) {
            throw new IllegalStateException("TestImports is used before its test started: register it with "
                    + "@RegisterExtension on a field of the test");
        }
        return application.getBean(type);
    }

    /** The places, agencies and services known: the rows a file may register that belong to no batch. */
    private record Registered(Set<String> places, Set<String> agencies, Set<String> services) {
    }

    private record LoadedElsewhere(String fileName, long afterBatch) {
    }
}
