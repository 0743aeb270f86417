package org.firmas.signature.control;

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
import org.firmas.platform.DataKeys;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.FirmasDataSource;
import org.firmas.signature.entity.AddressKeys;

/**
 * Moves signer data to the current data key before the node serves anyone: after a key
 * rotation, or for rows written before encryption existed. Each row is decrypted with whichever
 * configured key wrote it, then encrypted and hashed again under the current key, chunk by chunk,
 * so a large table never sits in one transaction. A finished pass is marked with its key, so a
 * start without a rotation reads one row instead of the whole table.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignatureRekeying {

    private static final Logger LOG = Logger.getLogger(SignatureRekeying.class.getName());
    private static final int CHUNK = 500;

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys keys;

    private record Row(long id, long campaignId, String email, String phone) {
    }

    @PostConstruct
    void rekey() {
        String current = FieldCipher.prefixOf(keys.current().id());
        long moved = 0;
        try (Connection connection = dataSource.getConnection()) {
            if (DataKeyMark.read(connection).filter(keys.current().id()::equals).isPresent()) {
                return; // every row is under the current key already
            }
            connection.setAutoCommit(false);
            List<Row> chunk;
            long after = 0;
            while (!(chunk = nextChunk(connection, current, after)).isEmpty()) {
                rewrite(connection, chunk);
                connection.commit();
                moved += chunk.size();
                after = chunk.get(chunk.size() - 1).id();
            }
            moved += rekeySupporterMails(connection, current);
            moved += rekeyMailBodies(connection, current);
            DataKeyMark.write(connection, keys.current().id());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Signer data could not be moved to the current data key", e);
        }
        if (moved > 0) {
            long count = moved;
            LOG.info(() -> count + " rows moved to data key " + keys.current().id());
        }
    }

    private static List<Row> nextChunk(Connection connection, String current, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, campaign_id, email, phone FROM signature "
                + "WHERE id > ? AND erased_at IS NULL AND email NOT LIKE ? ORDER BY id")) {
            select.setLong(1, after);
            select.setString(2, current + "%");
            select.setMaxRows(CHUNK);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getLong(2), result.getString(3), result.getString(4)));
                }
            }
            return rows;
        }
    }

    private void rewrite(Connection connection, List<Row> chunk) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE signature SET email = ?, phone = ?, "
                + "email_key = ?, email_domain_key = ? WHERE id = ?")) {
            for (Row row : chunk) {
                String email = cipher.decrypt(row.email());
                AddressKeys addressKeys = EmailKeys.of(keys.current(), email);
                update.setString(1, cipher.encrypt(email));
                update.setString(2, cipher.encrypt(cipher.decrypt(row.phone())));
                update.setString(3, unclaimed(connection, row, addressKeys.address()));
                update.setString(4, addressKeys.domain());
                update.setLong(5, row.id());
                update.executeUpdate(); // one by one, so the next row's key check sees this one
            }
        }
    }

    /**
     * Addresses written before canonical forms existed may now share one ({@code a.b@gmail.com} and
     * {@code ab@gmail.com}); the later row keeps a key of its own rather than break the start.
     */
    private static String unclaimed(Connection connection, Row row, String key) throws SQLException {
        try (PreparedStatement taken = connection.prepareStatement(
                "SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND email_key = ? AND id <> ?")) {
            taken.setLong(1, row.campaignId());
            taken.setString(2, key);
            taken.setLong(3, row.id());
            try (ResultSet result = taken.executeQuery()) {
                result.next();
                return result.getLong(1) == 0 ? key : key + ":" + row.id();
            }
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
                    + "FROM outbox_message WHERE id > ? AND status <> 'SENT' AND body_text <> '' AND body_text NOT LIKE ? ORDER BY id")) {
                select.setLong(1, after);
                select.setString(2, current + "%");
                select.setMaxRows(CHUNK);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        chunk.add(new Object[] {result.getLong(1), result.getString(2), result.getString(3), result.getString(4)});
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_message SET body_text = ?, body_html = ?, "
                    + "attachment_text = ? WHERE id = ? AND status <> 'SENT' AND body_text <> ''")) {
                for (Object[] row : chunk) {
                    update.setString(1, cipher.encrypt(cipher.decrypt((String) row[1])));
                    update.setString(2, cipher.encrypt(cipher.decrypt((String) row[2])));
                    update.setString(3, cipher.encrypt(cipher.decrypt((String) row[3])));
                    update.setLong(4, (Long) row[0]);
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
