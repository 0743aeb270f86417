package org.firmas.delivery.control;

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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.firmas.delivery.entity.OutboxStatus;
import org.firmas.platform.DataKeyMark;
import org.firmas.platform.DataKeys;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.FirmasDataSource;

/**
 * Moves the outbox's sealed fields to the current data key before the node sends anything
 * ({@link OutboxSender} depends on this step): after a key rotation, or for bodies queued before
 * they were sealed. Chunk by chunk, so a large outbox never sits in one transaction. The outbox
 * has its own mark rather than sharing the signers' one, so this pass neither waits for nor reads
 * the signature capability's table, and each pass is skipped on its own once done.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRekeying {

    private static final Logger LOG = Logger.getLogger(OutboxRekeying.class.getName());
    private static final DataKeyMark MARK = new DataKeyMark("outbox_key_mark");
    private static final int CHUNK = 500;
    private static final String SENT = OutboxStatus.SENT.name();

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
                return; // every waiting mail is under the current key already
            }
            connection.setAutoCommit(false);
            moved = rekeySupporterMails(connection, current);
            connection.commit();
            moved += rekeyMailBodies(connection, current);
            MARK.write(connection, keys.current().id());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Queued mails could not be moved to the current data key", e);
        }
        if (moved > 0) {
            long count = moved;
            LOG.info(() -> count + " queued mails moved to data key " + keys.current().id());
        }
    }

    /** Queued supporter mails keep their recipient encrypted; officials' addresses are public and stay as they are. */
    private int rekeySupporterMails(Connection connection, String current) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, recipient FROM outbox_message "
                + "WHERE signature_id IS NOT NULL AND recipient NOT LIKE ?")) {
            select.setString(1, current + "%");
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] {result.getLong(1), result.getString(2)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_message SET recipient = ? WHERE id = ?")) {
            for (Object[] row : rows) {
                update.setString(1, cipher.encrypt(cipher.decrypt((String) row[1])));
                update.setLong(2, (Long) row[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
        return rows.size();
    }

    /**
     * Bodies of mails not sent yet (links, signers' names) are stored encrypted; sent mails and
     * supporters' failed ones keep none. Bodies queued before they were encrypted are encrypted
     * here too. A row sent or given up meanwhile by another node keeps its body dropped.
     */
    private int rekeyMailBodies(Connection connection, String current) throws SQLException {
        int moved = 0;
        long after = 0;
        List<Object[]> chunk;
        do {
            chunk = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, body_text, body_html, attachment_text "
                    + "FROM outbox_message WHERE id > ? AND status <> ? AND body_text <> '' AND body_text NOT LIKE ? ORDER BY id")) {
                select.setLong(1, after);
                select.setString(2, SENT);
                select.setString(3, current + "%");
                select.setMaxRows(CHUNK);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        chunk.add(new Object[] {result.getLong(1), result.getString(2), result.getString(3), result.getString(4)});
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_message SET body_text = ?, body_html = ?, "
                    + "attachment_text = ? WHERE id = ? AND status <> ? AND body_text <> ''")) {
                for (Object[] row : chunk) {
                    update.setString(1, cipher.encrypt(cipher.decrypt((String) row[1])));
                    update.setString(2, cipher.encrypt(cipher.decrypt((String) row[2])));
                    update.setString(3, cipher.encrypt(cipher.decrypt((String) row[3])));
                    update.setLong(4, (Long) row[0]);
                    update.setString(5, SENT);
                    update.addBatch();
                    after = (Long) row[0];
                }
                update.executeBatch();
            }
            connection.commit();
            moved += chunk.size();
        } while (chunk.size() == CHUNK);
        return moved;
    }
}
