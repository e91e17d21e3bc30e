package org.wholeplace.graphql;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * graphql-transport-ws as Spring GraphQL serves it, with one addition: when the backend shuts down, every open
 * session is closed with 1001 (going away). A viewer keeps its socket open for as long as it shows a dashboard, and
 * the server's graceful shutdown waits for open connections, so without this every stop or redeploy with a viewer
 * open took the shutdown timeout (30 s) instead of a few seconds. The viewer connects again when the backend is back.
 */
public class GoingAwayWebSocketHandler extends GraphQlWebSocketHandler
        implements ApplicationListener<ContextClosedEvent> {

    private final Set<WebSocketSession> open = ConcurrentHashMap.newKeySet();

    GoingAwayWebSocketHandler(WebGraphQlHandler graphQl, CodecConfigurer codecs, Duration initTimeout,
                              Duration keepAlive) {
        super(graphQl, codecs, initTimeout, keepAlive);
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        open.add(session);
        return super.handle(session).doFinally(signal -> open.remove(session));
    }

    /**
     * The context is closed before its web server stops, so the closing frames are on their way when the server
     * starts to wait, and the connections end within moments.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        Flux.fromIterable(Set.copyOf(open))
                .flatMap(session -> session.close(CloseStatus.GOING_AWAY).onErrorComplete())
                .subscribe();
    }

    /** The sessions open now. */
    public int openSessions() {
        return open.size();
    }
}
