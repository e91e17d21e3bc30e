package org.wholeplace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportProcess;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Live refresh: dashboardChanged fires, over WebSocket and over server-sent events, when an import of a kind a
 * dashboard reads commits, even one run by another process (the command line, here); and not for a dashboard that
 * reads none of it.
 */
@WholePlaceTest
class DashboardChangesTest {

    static final String CHANGED = "subscription($id: ID!) { dashboardChanged(id: $id) { dashboard reason "
            + "batch { fileName kind } } }";

    @RegisterExtension
    final TestImports imports = new TestImports();
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void anImportByAnotherProcessIsToldToTheDashboardsThatReadIt() throws Exception {
        var socket = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                new ReactorNettyWebSocketClient()).responseTimeout(Duration.ofSeconds(90)).build();
        // each stream subscribed now, before the import, and replayed to the assertions; all are closed at the end,
        // so that none holds up the server's graceful shutdown
        Disposable.Composite subscriptions = Disposables.composite();
        Flux<Map> overSocket = socket.document(CHANGED).variable("id", "borough-comparison")
                .executeSubscription().toFlux("dashboardChanged", Map.class)
                .replay().autoConnect(0, subscriptions::add);
        Flux<Map> unread = socket.document(CHANGED).variable("id", "budget-against-outturn")
                .executeSubscription().toFlux("dashboardChanged", Map.class)
                .replay().autoConnect(0, subscriptions::add);
        Flux<String> overEvents = WebClient.create("http://localhost:" + port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
                .bodyValue(Map.of("query", CHANGED, "variables", Map.of("id", "early-years")))
                .retrieve().bodyToFlux(String.class).replay().autoConnect(0, subscriptions::add);
        try {
            Thread.sleep(500);

            Path file = Files.writeString(dir.resolve("changes.csv"), """
                    area_code,area_name,period,value,indicator,measure,unit,significance
                    E08000003,Manchester,2040,10,Test dashboard changes,"per 10,000",Persons,Not compared
                    """);
            imports.loadedElsewhere("changes.csv");
            Process process = ImportProcess.of(TestDatabase.endpoint(), "fingertips", file.toString()).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();

            Map<?, ?> told = overSocket.blockFirst(Duration.ofSeconds(10));
            assertThat(told.get("dashboard")).isEqualTo("borough-comparison");
            assertThat(told.get("reason")).isEqualTo("import");
            assertThat(told.get("batch")).isEqualTo(Map.of("fileName", "changes.csv", "kind", "fingertips"));
            assertThat(overEvents.filter(e -> e.contains("dashboardChanged")).blockFirst(Duration.ofSeconds(10)))
                    .contains("\"dashboard\":\"early-years\"").contains("\"fileName\":\"changes.csv\"");
            // the budget dashboard reads spend only
            List<Map> none = unread.take(Duration.ofSeconds(2)).collectList().block();
            assertThat(none).isEmpty();
        } finally {
            subscriptions.dispose();
            socket.stop().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void anUnknownDashboardIsRefusedByName() {
        var socket = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                new ReactorNettyWebSocketClient()).build();
        StepVerifier.create(socket.document(CHANGED).variable("id", "nothing").executeSubscription()
                        .toFlux("dashboardChanged", Map.class))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(SubscriptionErrorException.class,
                        error -> assertThat(error.getErrors()).singleElement().satisfies(graphQlError ->
                                assertThat(graphQlError.getMessage())
                                        .isEqualTo("Unknown dashboard code 'nothing' in id"))))
                .verify(Duration.ofSeconds(10));
        socket.stop().block(Duration.ofSeconds(10));
    }
}
