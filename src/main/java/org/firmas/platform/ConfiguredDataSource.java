package org.firmas.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The JDBC data source behind {@link FirmasDataSource}: PostgreSQL's when FIRMAS_DB_URL names a
 * PostgreSQL database, otherwise the embedded H2 that Payara ships. It reads the URL and account
 * from the application's MicroProfile Config at the first connection, not when Payara defines the
 * pool while deploying, when the application's own configuration (microprofile-config.properties)
 * is not visible yet.
 */
public class ConfiguredDataSource implements DataSource {

    static final String H2 = "org.h2.jdbcx.JdbcDataSource";

    private volatile DataSource target;
    private volatile int loginTimeoutSeconds;
    private volatile PrintWriter logWriter;

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return target().getConnection(user, password);
    }

    private DataSource target() throws SQLException {
        DataSource found = target;
        if (found == null) {
            synchronized (this) {
                if (target == null) {
                    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
                    // An account without a password (PostgreSQL's trust authentication) is configured as empty.
                    target = create(config.getValue("firmas.db.url", String.class),
                            config.getOptionalValue("firmas.db.user", String.class).orElse(null),
                            config.getOptionalValue("firmas.db.password", String.class).orElse(null));
                    target.setLoginTimeout(loginTimeoutSeconds);
                    target.setLogWriter(logWriter);
                }
                found = target;
            }
        }
        return found;
    }

    static DataSource create(String url, String user, String password) throws SQLException {
        if (url.startsWith("jdbc:postgresql:")) {
            PostgresDataSource postgres = new PostgresDataSource();
            postgres.setUrl(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        // H2 comes with Payara, not with the WAR, so it is only known by name here.
        try {
            Class<?> h2 = Class.forName(H2, true, ConfiguredDataSource.class.getClassLoader());
            DataSource embedded = (DataSource) h2.getConstructor().newInstance();
            h2.getMethod("setURL", String.class).invoke(embedded, url);
            h2.getMethod("setUser", String.class).invoke(embedded, user);
            h2.getMethod("setPassword", String.class).invoke(embedded, password);
            return embedded;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("The embedded H2 database is not available: " + e, e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        logWriter = out;
        if (target != null) {
            target.setLogWriter(out);
        }
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        loginTimeoutSeconds = seconds;
        if (target != null) {
            target.setLoginTimeout(seconds);
        }
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
