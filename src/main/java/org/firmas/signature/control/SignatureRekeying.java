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
import org.firmas.platform.DataKeyMark;
import org.firmas.platform.DataKeys;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.FirmasDataSource;
import org.firmas.signature.entity.AddressKeys;

/**
 * Moves signer data to the current data key before the node serves anyone: after a key
 * rotation, or for rows written before encryption existed. Each row is decrypted with whichever
 * configured key wrote it, then encrypted and hashed again under the current key, chunk by chunk,
 * so a large table never sits in one transaction. A finished pass is marked with its key, so a
 * start without a rotation reads one row instead of the whole table. Queued mails are delivery's
 * to move, in a start-up pass of its own.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignatureRekeying {

    private static final Logger LOG = Logger.getLogger(SignatureRekeying.class.getName());
    private static final int CHUNK = 500;
    /** Signers' rows only: queued mails are delivery's, which re-keys and marks them on its own. */
    private static final DataKeyMark MARK = new DataKeyMark("data_key_mark");

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
            if (MARK.read(connection).filter(keys.current().id()::equals).isPresent()) {
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
            MARK.write(connection, keys.current().id());
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
                + "WHERE id > ? AND erased_at IS NULL AND (email NOT LIKE ? OR (email IS NULL AND phone NOT LIKE ?)) ORDER BY id")) {
            select.setLong(1, after);
            select.setString(2, current + "%");
            select.setString(3, current + "%");
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
                if (row.email() == null) {
                    rewritePhone(connection, row); // signed on paper with no address: no keys to move
                    continue;
                }
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

    private void rewritePhone(Connection connection, Row row) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE signature SET phone = ? WHERE id = ?")) {
            update.setString(1, cipher.encrypt(cipher.decrypt(row.phone())));
            update.setLong(2, row.id());
            update.executeUpdate();
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
}
