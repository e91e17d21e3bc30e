package org.wholeplace.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.wholeplace.WholePlaceTest;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A client holding a graphql-transport-ws socket open (as the viewer does) is told the backend is going away when it
 * shuts down, instead of holding up the graceful shutdown until its timeout. The event is handed to the handler
 * alone here: the test's context, shared by every test, stays up.
 */
@WholePlaceTest
class GoingAwayWebSocketHandlerTest {

    @LocalServerPort
    int port;
    @Autowired
    GraphQlWebSocketHandler handler;
    @Autowired
    ApplicationContext context;

    @Test
    void openSessionsAreClosedAsGoingAwayWhenTheContextCloses() {
        assertThat(handler).isInstanceOf(GoingAwayWebSocketHandler.class);
        GoingAwayWebSocketHandler served = (GoingAwayWebSocketHandler) handler;
        Sinks.One<String> acknowledged = Sinks.one();
        Sinks.One<CloseStatus> closed = Sinks.one();
        var client = new WebSocketHandler() {
            @Override
            public List<String> getSubProtocols() {
                return List.of("graphql-transport-ws");
            }

            @Override
            public Mono<Void> handle(WebSocketSession session) {
                Mono<Void> init = session.send(Mono.just(session.textMessage("{\"type\":\"connection_init\"}")));
                Mono<Void> replies = session.receive().map(message -> message.getPayloadAsText())
                        .doOnNext(text -> acknowledged.tryEmitValue(text)).then();
                session.closeStatus().subscribe(closed::tryEmitValue);
                return init.then(replies);
            }
        };
        var connection = new ReactorNettyWebSocketClient()
                .execute(URI.create("ws://localhost:" + port + "/graphql"), client).subscribe();
        try {
            assertThat(acknowledged.asMono().block(Duration.ofSeconds(10))).contains("\"connection_ack\"");
            assertThat(served.openSessions()).isPositive();

            served.onApplicationEvent(new ContextClosedEvent(context));

            assertThat(closed.asMono().block(Duration.ofSeconds(10))).isEqualTo(CloseStatus.GOING_AWAY);
            // the server forgets a session once its side has finished, moments after the client hears the close
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> served.openSessions() == 0);
        } finally {
            connection.dispose();
        }
    }
}
