package org.wholeplace.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /}: the dashboard viewer, on the backend's own copies of its scripts and styles (ECharts as a webjar,
 * the viewer's modules, one a panel kind under /viewer/kinds/, and styles under /viewer/): no CDN.
 */
@Configuration(proxyBeanMethods = false)
class ViewerPage {

    @Bean
    RouterFunction<ServerResponse> viewer() {
        var page = new ClassPathResource("pages/viewer.html");
        return RouterFunctions.route()
                .GET("/", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
                .build();
    }
}
