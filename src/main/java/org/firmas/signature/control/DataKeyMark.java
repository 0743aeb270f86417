package org.firmas.signature.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Which data key every signer's row was last moved to, written only once a re-keying pass is complete. */
final class DataKeyMark {

    private DataKeyMark() {
    }

    static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT key_id FROM data_key_mark WHERE id = 1");
             ResultSet result = select.executeQuery()) {
            return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
        }
    }

    static void write(Connection connection, String keyId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE data_key_mark SET key_id = ? WHERE id = 1")) {
            update.setString(1, keyId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO data_key_mark (id, key_id) VALUES (1, ?)")) {
            insert.setString(1, keyId);
            insert.executeUpdate();
        }
    }
}
