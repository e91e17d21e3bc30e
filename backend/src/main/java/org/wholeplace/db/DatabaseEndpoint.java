package org.wholeplace.db;

import io.r2dbc.spi.ConnectionFactoryOptions;

/** One PostgreSQL database, addressable both over R2DBC (queries) and JDBC (Flyway migrations only). */
public record DatabaseEndpoint(String host, int port, String database, String user, String password) {

    public static DatabaseEndpoint fromR2dbcUrl(String url) {
        try {
            return of(ConnectionFactoryOptions.parse(url));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("'" + url + "' is not an R2DBC url (" + e.getMessage()
                    + "); expected r2dbc:postgresql://user:password@host:port/database", e);
        }
    }

    /** The database the R2DBC options name, with the password they carry. */
    public static DatabaseEndpoint of(ConnectionFactoryOptions options) {
        Object port = options.getValue(ConnectionFactoryOptions.PORT);
        Object password = options.getValue(ConnectionFactoryOptions.PASSWORD);
        Object database = options.getValue(ConnectionFactoryOptions.DATABASE);
        Object user = options.getValue(ConnectionFactoryOptions.USER);
        return new DatabaseEndpoint(
                options.getRequiredValue(ConnectionFactoryOptions.HOST).toString(),
                port == null ? 5432 : Integer.parseInt(port.toString()),
                database == null ? "postgres" : database.toString(),
                user == null ? "postgres" : user.toString(),
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

    /** As Spring Boot's R2DBC settings would name it. */
    public ConnectionFactoryOptions options() {
        return ConnectionFactoryOptions.parse(r2dbcUrl());
    }
}
