package org.firmas.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.firmas.platform.DataKeyMark;
import org.firmas.platform.DataKeys;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.FirmasDataSource;
import org.firmas.webhook.entity.DeliveryStatus;

/**
 * Moves the endpoints' secrets and the waiting deliveries' bodies to the current data key before
 * the node posts anything ({@link WebhookSender} depends on this step), so that the previous key
 * can be dropped after a rotation. A chunk at a time, each committed on its own.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRekeying {

    private static final Logger LOG = Logger.getLogger(WebhookRekeying.class.getName());
    private static final DataKeyMark MARK = new DataKeyMark("webhook_key_mark");
    private static final int CHUNK = 500;

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys keys;

    @PostConstruct
    void rekey() {
        String current = FieldCipher.prefixOf(keys.current().id());
        long moved;
        try (Connection connection = dataSource.getConnection()) {
            if (MARK.read(connection).filter(keys.current().id()::equals).isPresent()) {
                return;
            }
            connection.setAutoCommit(false);
            moved = rekey(connection, "webhook_endpoint", "secret", "secret IS NOT NULL", current)
                    + rekey(connection, "webhook_delivery", "body", "status = " + DeliveryStatus.PENDING.literal() + " AND body IS NOT NULL", current);
            MARK.write(connection, keys.current().id());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook secrets and deliveries could not be moved to the current data key", e);
        }
        if (moved > 0) {
            LOG.info(moved + " webhook secrets and deliveries moved to data key " + keys.current().id());
        }
    }

    /** Re-encrypts one column of the rows that hold a value under another key, in id order. */
    private int rekey(Connection connection, String table, String column, String holding, String current) throws SQLException {
        int moved = 0;
        long after = 0;
        Map<Long, String> chunk;
        do {
            chunk = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, " + column + " FROM " + table
                    + " WHERE id > ? AND " + holding + " AND " + column + " NOT LIKE ? ORDER BY id")) {
                select.setLong(1, after);
                select.setString(2, current + "%");
                select.setMaxRows(CHUNK);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        chunk.put(result.getLong(1), result.getString(2));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ? AND "
                    + holding)) {
                for (Map.Entry<Long, String> row : chunk.entrySet()) {
                    update.setString(1, cipher.encrypt(cipher.decrypt(row.getValue())));
                    update.setLong(2, row.getKey());
                    update.addBatch();
                    after = row.getKey();
                }
                update.executeBatch();
            }
            connection.commit();
            moved += chunk.size();
        } while (chunk.size() == CHUNK);
        return moved;
    }
}
