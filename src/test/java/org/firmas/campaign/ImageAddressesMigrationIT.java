package org.firmas.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Images stored while their addresses were named by the upload's SHA-256 get new addresses, named
 * by the bytes each size serves, when the database is upgraded: the old addresses, which whoever
 * holds the original file could compute, lead nowhere. Runs on a database of its own.
 */
class ImageAddressesMigrationIT {

    private static final String URL = TestDatabase.urlOf("firmas_image_addresses_migration");

    @Test
    void storedSizesAreRenamedByTheirOwnBytes() throws SQLException {
        byte[] upload = "the organizer's original photo".getBytes();
        byte[] header = "a header size".getBytes();
        byte[] share = "a share size".getBytes();
        TestDatabase.recreate(URL);
        try {
            TestDatabase.migrate(URL, "35");
            try (Connection db = DriverManager.getConnection(URL, "postgres", ""); Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO campaign (id, slug, source, created_at) VALUES (1, 'pictured', 'FILE', now())");
                insert(db, "campaign_image_variant", sha256(upload), header);
                insert(db, "campaign_share_image_variant", sha256(upload), share);

                TestDatabase.migrate(URL, null);

                assertEquals(sha256(header), text(db, "SELECT content_sha256 FROM campaign_image_variant"));
                assertEquals(sha256(share), text(db, "SELECT content_sha256 FROM campaign_share_image_variant"));
                assertEquals(sha256(upload), text(db, "SELECT upload_sha256 FROM campaign_image_variant"),
                        "kept to recognise a campaign file's unchanged picture");
            }
        } finally {
            TestDatabase.drop(URL);
        }
    }

    private static void insert(Connection db, String table, String uploadHash, byte[] bytes) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table
                + " (campaign_id, width, height, content_type, upload_sha256, bytes) VALUES (1, 960, 480, 'image/jpeg', ?, ?)")) {
            insert.setString(1, uploadHash);
            insert.setBytes(2, bytes);
            insert.executeUpdate();
        }
    }

    private static String text(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); var found = sql.executeQuery(query)) {
            found.next();
            return found.getString(1).strip();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
