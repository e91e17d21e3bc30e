package org.wholeplace.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With no {@code url} the backend starts its own embedded PostgreSQL, keeping its files in
 * {@code embedded.dataDirectory} between runs; with a url ({@code WHOLEPLACE_DATABASE_URL}) it uses that server.
 *
 * @param url an R2DBC url such as {@code r2dbc:postgresql://postgres@127.0.0.1:5432/wholeplace}, or blank
 */
@ConfigurationProperties("wholeplace.database")
public record DatabaseProperties(
        String url,
        @DefaultValue Embedded embedded,
        @DefaultValue Pool pool) {

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /** @param port 0 picks a free port */
    public record Embedded(@DefaultValue("${user.home}/.wholeplace/pgdata") Path dataDirectory,
                           @DefaultValue("0") int port) {
    }

    public record Pool(@DefaultValue("2") int initialSize, @DefaultValue("16") int maxSize) {
    }
}
