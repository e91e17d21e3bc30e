package org.wholeplace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wholeplace.TestDatabase;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.db.Transactions;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportBatchRepository;
import org.wholeplace.provenance.ImportEvents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.ImportNotifications;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * The one import service: it finds one importer of every kind in the application context, and parses an upload off
 * the event loop (the thread that reads and parses a file is recorded, and is a bounded-elastic one).
 */
@WholePlaceTest
@Import(ImportServiceTest.RecordingParses.class)
class ImportServiceTest {

    /** Records the thread every importer's parse runs on. */
    @TestConfiguration
    static class RecordingParses {

        static final List<String> PARSE_THREADS = new CopyOnWriteArrayList<>();

        @Bean
        static BeanPostProcessor recordParseThreads() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof FileImporter<?> importer ? recording(importer) : bean;
                }
            };
        }

        private static <T> FileImporter<T> recording(FileImporter<T> importer) {
            return new FileImporter<>() {
                @Override
                public ImportKind kind() {
                    return importer.kind();
                }

                @Override
                public Mono<T> parse(ImportSource source) {
                    return Mono.fromRunnable(() -> PARSE_THREADS.add(Thread.currentThread().getName()))
                            .then(importer.parse(source));
                }

                @Override
                public Provenance provenance(ImportSource source, T parsed) {
                    return importer.provenance(source, parsed);
                }

                @Override
                public Mono<BatchContents> write(TransactionScope scope, long batchId, T parsed, ImportSource source) {
                    return importer.write(scope, batchId, parsed, source);
                }

                @Override
                public List<Table<?>> tablesToAnalyse() {
                    return importer.tablesToAnalyse();
                }
            };
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    List<FileImporter<?>> importers;
    @Autowired
    Transactions transactions;
    @Autowired
    ImportBatchRepository batches;
    @Autowired
    ImportEvents events;
    @Autowired
    ImportNotifications notifications;

    @Test
    void anUploadIsParsedOnABoundedElasticThreadNotOnTheEventLoop() {
        RecordingParses.PARSE_THREADS.clear();

        // refused (an unknown place), so nothing is written, but read and parsed all the same
        web.post().uri("/admin/imports/population").contentType(MediaType.TEXT_PLAIN)
                .header("X-File-Name", "threads.csv").header("Authorization", "Bearer " + TestDatabase.ADMIN_TOKEN)
                .bodyValue("ons_code,mid_year,population\nE0899999X,2022,1\n").exchange()
                .expectStatus().isEqualTo(422);

        assertThat(RecordingParses.PARSE_THREADS).hasSize(1)
                .allSatisfy(thread -> assertThat(thread).startsWith("boundedElastic-")
                        .doesNotContain("reactor-http").doesNotContain("epoll").doesNotContain("nio"));
    }

    @Test
    void everyKindHasExactlyOneImporterFoundInTheContext() {
        Set<ImportKind> kinds = importers.stream().map(FileImporter::kind).collect(Collectors.toSet());

        assertThat(importers).hasSize(ImportKind.values().length);
        assertThat(kinds).containsExactlyInAnyOrder(ImportKind.values());
    }

    @Test
    void twoImportersOfOneKindAreRefusedAtStart() {
        FileImporter<?> rsx = importers.stream().filter(i -> i.kind() == ImportKind.RSX).findFirst().orElseThrow();

        assertThatThrownBy(() -> new ImportService(List.of(rsx, rsx), transactions, batches, events, notifications))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two importers of kind rsx");
    }
}
