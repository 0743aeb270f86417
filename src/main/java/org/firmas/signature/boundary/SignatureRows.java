package org.firmas.signature.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.FirmasDataSource;
import org.firmas.signature.control.EmailKeys;
import org.firmas.signature.entity.SignatureRow;
import org.firmas.signature.entity.SignatureStatus;

/**
 * A campaign's signatures for the API, a page at a time, oldest first. A withdrawn signature has no
 * row left to read; an erased one is read without its signer.
 */
@ApplicationScoped
public class SignatureRows {

    private static final String COLUMNS = "SELECT id, campaign_id, status, created_at, confirmed_at, source, erased_at, "
            + "first_name, last_name, email, zip, area, signer_comment FROM signature ";

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Inject
    EmailKeys emailKeys;

    public List<SignatureRow> page(long campaignId, int offset, int limit) {
        return query(COLUMNS + "WHERE campaign_id = ? ORDER BY id LIMIT " + limit + " OFFSET " + offset, campaignId, null);
    }

    public long count(long campaignId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM signature WHERE campaign_id = ?")) {
            statement.setLong(1, campaignId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<SignatureRow> one(long campaignId, long signatureId) {
        return query(COLUMNS + "WHERE campaign_id = ? AND id = ?", campaignId, signatureId).stream().findFirst();
    }

    /** The signature this address gave the campaign, as a repeated signing finds it. */
    public Optional<SignatureRow> byEmail(long campaignId, String email) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT id FROM signature WHERE campaign_id = ? AND email_key = ?")) {
            statement.setLong(1, campaignId);
            statement.setString(2, emailKeys.addressKey(email));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? one(campaignId, result.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<SignatureRow> query(String sql, long campaignId, Long signatureId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, campaignId);
            if (signatureId != null) {
                statement.setLong(2, signatureId);
            }
            List<SignatureRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignatureRow row(ResultSet result) throws SQLException {
        boolean erased = SignatureExportRows.instant(result, 7) != null;
        SignatureRow.Signer signer = erased ? null : new SignatureRow.Signer(result.getString(8), result.getString(9),
                cipher.decrypt(result.getString(10)), result.getString(11), result.getString(12), result.getString(13));
        return new SignatureRow(result.getLong(1), result.getLong(2), SignatureStatus.valueOf(result.getString(3)),
                SignatureExportRows.instant(result, 4), SignatureExportRows.instant(result, 5), result.getString(6), signer);
    }
}
