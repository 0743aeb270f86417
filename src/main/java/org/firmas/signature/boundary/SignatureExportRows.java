package org.firmas.signature.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.FirmasDataSource;
import org.firmas.signature.entity.ExportedSignature;
import org.firmas.signature.entity.PartnerSupporter;
import org.firmas.signature.entity.SignatureStatus;

/**
 * Hands a campaign's signatures, oldest first, to an export straight from a forward-only cursor, a
 * page of rows at a time, so a million signatures take no more memory than a thousand.
 */
@ApplicationScoped
public class SignatureExportRows {

    /** Rows read from the database at a time; the export flushes its output as often. */
    public static final int FETCH_SIZE = 1000;

    private static final String QUERY = "SELECT first_name, last_name, email, zip, area, phone, signer_comment, language, "
            + "status, created_at, confirmed_at, listed_publicly, wants_updates, source, partner_opt_in FROM signature WHERE campaign_id = ? ORDER BY id";
    /** Confirmed (so neither withdrawn nor hidden), not erased, and came through this partner ticking its opt-in. */
    private static final String PARTNER_QUERY = "SELECT first_name, last_name, email, zip, language, confirmed_at FROM signature "
            + "WHERE campaign_id = ? AND source = ? AND partner_opt_in AND status = " + SignatureStatus.CONFIRMED.literal()
            + " AND erased_at IS NULL ORDER BY id";

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    /** Takes each exported row; may fail writing it, which ends the export. */
    @FunctionalInterface
    public interface RowSink {
        void take(ExportedSignature row) throws IOException;
    }

    /** A partner's opted-in supporter, as its export hands it on. */
    @FunctionalInterface
    public interface SupporterSink {
        void take(PartnerSupporter supporter) throws IOException;
    }

    private interface ResultSink {
        void take(ResultSet result) throws IOException, SQLException;
    }

    public void each(long campaignId, RowSink sink) throws IOException, SQLException {
        each(QUERY, campaignId, null, result -> sink.take(row(result)));
    }

    /** The supporters who signed through {@code partnerKey}'s link, ticked its opt-in and confirmed; emails decrypted. */
    public void eachPartnerSupporter(long campaignId, String partnerKey, SupporterSink sink) throws IOException, SQLException {
        each(PARTNER_QUERY, campaignId, partnerKey, result -> sink.take(new PartnerSupporter(result.getString(1),
                result.getString(2), cipher.decrypt(result.getString(3)), result.getString(4), result.getString(5), instant(result, 6))));
    }

    private void each(String query, long campaignId, String source, ResultSink sink) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL only honours the fetch size inside a transaction; without it the driver reads everything.
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setLong(1, campaignId);
                if (source != null) {
                    statement.setString(2, source);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        sink.take(result);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private ExportedSignature row(ResultSet result) throws SQLException {
        return new ExportedSignature(result.getString(1), result.getString(2), cipher.decrypt(result.getString(3)),
                result.getString(4), result.getString(5), cipher.decrypt(result.getString(6)), result.getString(7),
                result.getString(8), SignatureStatus.valueOf(result.getString(9)), instant(result, 10), instant(result, 11),
                result.getBoolean(12), result.getBoolean(13), result.getString(14), result.getBoolean(15));
    }

    static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime time = result.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
