package org.firmas.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.firmas.platform.DataKey;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.KeyedHash;
import org.firmas.signature.entity.CanonicalEmail;
import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL database the integration tests run against. {@link #main} recreates it empty
 * before the integration phase; tests read it to check what was stored.
 */
public final class TestDatabase {

    private static final String USER = "postgres";

    private TestDatabase() {
    }

    /** Drops and recreates the database named in the given JDBC URL. */
    public static void main(String[] args) throws SQLException {
        recreate(args[0]);
        System.out.println("Test database " + args[0].substring(args[0].lastIndexOf('/') + 1) + " recreated");
    }

    /** Drops the database a JDBC URL names, if it exists, and creates it empty. */
    public static void recreate(String url) throws SQLException {
        drop(url);
        onServerOf(url, "CREATE DATABASE " + url.substring(url.lastIndexOf('/') + 1));
    }

    /** Drops the database a JDBC URL names, if it exists. */
    public static void drop(String url) throws SQLException {
        onServerOf(url, "DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
    }

    /** A database beside the test database, on the same server. */
    public static String urlOf(String database) {
        return beside(testDbUrl(), database);
    }

    /** Ends every session on the database a JDBC URL names and lets no new one in, as a database restarting does. */
    public static void refuseConnections(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1);
        onServerOf(url, "ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        onServerOf(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    /** Lets sessions in again after {@link #refuseConnections}. */
    public static void allowConnections(String url) throws SQLException {
        onServerOf(url, "ALTER DATABASE " + url.substring(url.lastIndexOf('/') + 1) + " ALLOW_CONNECTIONS true");
    }

    private static void onServerOf(String url, String command) throws SQLException {
        try (Connection connection = DriverManager.getConnection(beside(url, "postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    private static String beside(String url, String database) {
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    /** The test database's JDBC URL. */
    public static String url() {
        return testDbUrl();
    }

    private static String testDbUrl() {
        return System.getProperty("firmas.testDbUrl", "jdbc:postgresql://127.0.0.1:5432/firmas_test");
    }

    /**
     * A campaign row written straight into the database, as one an organizer just launched (no
     * statistics have seen it): its id, above every other campaign's.
     */
    public static long newCampaign(Statement statement, String slugPrefix) throws SQLException {
        String slug = slugPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (ResultSet id = statement.executeQuery("INSERT INTO campaign (id, slug, source, created_at) "
                + "SELECT COALESCE(MAX(id), 0) + 1000, '" + slug + "', 'FILE', now() FROM campaign RETURNING id")) {
            id.next();
            return id.getLong(1);
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(testDbUrl(), USER, "");
    }

    /** The single text a query returns, or null when it returns no row. */
    public static String text(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an UPDATE or DELETE and returns how many rows it changed. */
    public static int update(String sql, Object... parameters) {
        return updateIn(testDbUrl(), sql, parameters);
    }

    /** {@link #update} on another database of the same server, such as one a test made for itself. */
    public static int updateIn(String url, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row a query returns, one line each, such as an EXPLAIN's plan. */
    public static String lines(Statement statement, String query) throws SQLException {
        StringBuilder lines = new StringBuilder();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(rows.getString(1));
            }
        }
        return lines.toString();
    }

    /** The single number a query returns, such as a COUNT(*). */
    public static long number(String sql, Object... parameters) {
        return numberIn(testDbUrl(), sql, parameters);
    }

    /** {@link #number} on another database of the same server, such as one a test made for itself. */
    public static long numberIn(String url, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Migrates the PostgreSQL database a JDBC URL names, as the application would at its start, up
     * to the given version, or to the newest one when it is null.
     */
    public static void migrate(String url, String version) {
        var configuration = Flyway.configure().dataSource(url, USER, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql");
        (version == null ? configuration : configuration.target(version)).load().migrate();
    }

    /** The data key the deployed application encrypts with in tests. */
    public static String dataKey() {
        return System.getProperty("firmas.testDataKey");
    }

    /** The keyed hash the application stores for an address, so a test can find its signature. */
    public static String emailKey(String email) {
        return KeyedHash.with(DataKey.fromBase64(dataKey()), "email", CanonicalEmail.of(email));
    }

    /** An address as the application stores it, for rows a test writes directly. */
    public static String encrypted(String plain) {
        return FieldCipher.encrypt(DataKey.fromBase64(dataKey()), plain, new java.security.SecureRandom());
    }
}
