package org.wholeplace.db;

import io.r2dbc.spi.ConnectionFactoryOptions;

/** One PostgreSQL database, addressable both over R2DBC (queries) and JDBC (Flyway migrations only). */
public record DatabaseEndpoint(String host, int port, String database, String user, String password) {

    public static DatabaseEndpoint fromR2dbcUrl(String url) {
        ConnectionFactoryOptions options;
        try {
            options = ConnectionFactoryOptions.parse(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wholeplace.database.url is not an R2DBC url (" + e.getMessage()
                    + "); expected r2dbc:postgresql://user:password@host:port/database", e);
        }
        Object port = options.getValue(ConnectionFactoryOptions.PORT);
        Object password = options.getValue(ConnectionFactoryOptions.PASSWORD);
        return new DatabaseEndpoint(
                (String) options.getRequiredValue(ConnectionFactoryOptions.HOST),
                port == null ? 5432 : (Integer) port,
                (String) options.getRequiredValue(ConnectionFactoryOptions.DATABASE),
                (String) options.getRequiredValue(ConnectionFactoryOptions.USER),
                password == null ? null : password.toString());
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
        String credentials = password == null ? user : user + ":" + password;
        return "r2dbc:postgresql://" + credentials + "@" + host + ":" + port + "/" + database;
    }

    /** For logs: the url without its password. */
    public String describe() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
