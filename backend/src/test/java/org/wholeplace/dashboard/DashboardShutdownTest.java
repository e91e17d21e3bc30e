package org.wholeplace.dashboard;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.graphql.execution.GraphQlSource;
import reactor.test.StepVerifier;

/**
 * At shutdown every stream of a dashboard's changes ends, so that a client holding one over server-sent events lets
 * the server's graceful shutdown finish (see graphql.GoingAwayWebSocketHandler for WebSocket).
 */
class DashboardShutdownTest {

    @Test
    void theChangesEndWhenTheBackendShutsDown() {
        var dashboards = new Dashboards(new DashboardProperties(Path.of("dashboard-config"), false),
                new StaticListableBeanFactory().getBeanProvider(GraphQlSource.class));

        StepVerifier.create(dashboards.changesOf("overview"))
                .then(dashboards::endChanges)
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
