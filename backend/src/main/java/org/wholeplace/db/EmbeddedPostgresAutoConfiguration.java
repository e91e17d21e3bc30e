package org.wholeplace.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no database named ({@code spring.r2dbc.url} blank, and no other {@link R2dbcConnectionDetails} such as a
 * Testcontainers service connection), the backend starts its own PostgreSQL, keeping its files in
 * {@code wholeplace.database.embedded.data-directory} between runs, and connects to it.
 */
@AutoConfiguration(before = R2dbcAutoConfiguration.class)
@ConditionalOnMissingBean(R2dbcConnectionDetails.class)
@Conditional(EmbeddedPostgresAutoConfiguration.NoDatabaseNamed.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${wholeplace.database.embedded.data-directory}") Path dataDirectory,
                                      @Value("${wholeplace.database.embedded.port:0}") int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} keeps its data in {}", postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    @Bean
    R2dbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgres postgres) {
        DatabaseEndpoint endpoint = new DatabaseEndpoint("localhost", postgres.getPort(), "postgres", "postgres", null);
        return endpoint::options;
    }

    static class NoDatabaseNamed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.r2dbc.url"));
        }
    }
}
