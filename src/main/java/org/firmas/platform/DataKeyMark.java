package org.firmas.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which data key a capability's rows were last moved to, in a one-row table of that capability,
 * written only once its re-keying pass is complete, so a start without a rotation reads one row.
 */
public record DataKeyMark(String table) {

    public Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT key_id FROM " + table + " WHERE id = 1");
             ResultSet result = select.executeQuery()) {
            return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
        }
    }

    public void write(Connection connection, String keyId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET key_id = ? WHERE id = 1")) {
            update.setString(1, keyId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (id, key_id) VALUES (1, ?)")) {
            insert.setString(1, keyId);
            insert.executeUpdate();
        }
    }
}
