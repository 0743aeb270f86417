package org.firmas.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the JDBC datasource class from the configured URL, so that setting
 * {@code FIRMAS_DB_URL=jdbc:postgresql:...} is all it takes to leave the embedded H2 database.
 */
public class DatabaseKindConfigSource implements ConfigSource {

    static final String KEY = "firmas.db.datasource-class";
    static final String POSTGRESQL = PostgresDataSource.class.getName();
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, getValue(KEY));
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        return dataSourceClassFor(configuredUrl());
    }

    @Override
    public String getName() {
        return "firmas-database-kind";
    }

    @Override
    public int getOrdinal() {
        return 90;
    }

    static String dataSourceClassFor(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String configuredUrl() {
        String fromProperty = System.getProperty("firmas.db.url");
        return fromProperty != null ? fromProperty : System.getenv("FIRMAS_DB_URL");
    }
}
