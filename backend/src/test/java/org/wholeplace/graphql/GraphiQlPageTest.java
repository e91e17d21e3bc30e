package org.wholeplace.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wholeplace.HeadlessChromium;
import org.wholeplace.WholePlaceTest;

/** GraphiQL works on a network with no other host: every script and style comes from the backend itself. */
@WholePlaceTest
class GraphiQlPageTest {

    @LocalServerPort
    int port;

    @Test
    void graphiQlRunsAQueryWithEveryRequestToAnotherHostRefused() {
        try (var chromium = new HeadlessChromium()) {
            chromium.open("http://localhost:" + port + "/graphiql");
            chromium.await(Duration.ofSeconds(30), page -> page.findElement(By.cssSelector(".graphiql-execute-button")))
                    .click();
            String result = chromium.await(Duration.ofSeconds(30), page -> {
                Object text = chromium.script("const editor = document.querySelector('.result-window .CodeMirror');"
                        + " return editor ? editor.CodeMirror.getValue() : '';");
                return String.valueOf(text).contains("\"rows\"") ? String.valueOf(text) : null;
            });
            chromium.screenshot("graphiql");

            // Manchester's own reported total for 2022-23, RSX_2022-23.csv row E08000003, column
            // RSX-totsx-net-cur-exp: 1,061,071 (£ thousand); the largest of the ten boroughs, so first
            assertThat(result).contains("\"name\": \"Manchester\"").contains("\"total\": \"1061071000.00\"");
            assertThat(result.indexOf("Manchester")).isLessThan(result.indexOf("Wigan"));
            // every request went over the network to this backend; the fonts are data: URLs inside the style sheet
            assertThat(chromium.requestedUrls()).isNotEmpty()
                    .filteredOn(url -> !url.getScheme().equals("data"))
                    .allSatisfy(url -> assertThat(url.getHost()).isEqualTo("localhost"))
                    .extracting(URI::getPath)
                    .contains("/webjars/react/18.3.1/umd/react.production.min.js",
                            "/webjars/graphiql/2.4.7/graphiql.min.js", "/graphql");
        }
    }
}
