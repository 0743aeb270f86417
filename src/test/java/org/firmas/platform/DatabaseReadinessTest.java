package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    private static final ClassLoader LOADER = DatabaseReadinessTest.class.getClassLoader();

    @Test
    void aDatabaseThatAnswersIsReachable() {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.dataSource = dataSource(connection(true));

        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("database-reachable", response.getName());
    }

    @Test
    void noConnectionOrNoAnswerIsNotReadyAndSaysWhyWithoutTheDriversMessage() {
        DatabaseReadiness refused = new DatabaseReadiness();
        refused.dataSource = dataSource(null);
        DatabaseReadiness silent = new DatabaseReadiness();
        silent.dataSource = dataSource(connection(false));

        assertEquals(HealthCheckResponse.Status.DOWN, refused.call().getStatus());
        assertEquals("no connection to the database: SQLException", refused.call().getData().orElseThrow().get("reason"));
        assertEquals("the database did not answer within 2 s", silent.call().getData().orElseThrow().get("reason"));
    }

    private static Connection connection(boolean valid) {
        return (Connection) Proxy.newProxyInstance(LOADER, new Class<?>[] {Connection.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "isValid" -> valid;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static DataSource dataSource(Connection connection) {
        return (DataSource) Proxy.newProxyInstance(LOADER, new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
            }
            if (connection == null) {
                throw new SQLException("Connection to 10.0.0.5:5432 refused for user firmas");
            }
            return connection;
        });
    }
}
