package org.firmas.organizer.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.organizer.entity.ExportAuditEntry;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.FirmasDataSource;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.SpreadsheetSafeCsv;

/**
 * Streams a campaign's signatures as CSV straight from a forward-only cursor, a page of rows at a
 * time, so a million signatures take no more memory than a thousand. Every cell goes through
 * {@link SpreadsheetSafeCsv}: a name typed as {@code =HYPERLINK(...)} stays text in a spreadsheet.
 */
@ApplicationScoped
public class SignatureExport {

    static final int FETCH_SIZE = 1000;
    static final List<String> HEADER = List.of("first_name", "last_name", "email", "zip", "area", "phone", "comment",
            "language", "status", "signed_at", "confirmed_at", "listed_publicly", "wants_updates");

    /** Columns (1-based, in QUERY) stored encrypted: the address and the phone number. */
    private static final Set<Integer> ENCRYPTED = Set.of(3, 6);

    private static final String QUERY = "SELECT first_name, last_name, email, zip, area, phone, signer_comment, language, "
            + "status, created_at, confirmed_at, listed_publicly, wants_updates FROM signature WHERE campaign_id = ? ORDER BY id";

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldCipher cipher;

    /** Writes every row, counting them into {@code written} as they go, so a broken-off download is counted too. */
    public void write(long campaignId, Writer out, LongAdder written) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL only honours the fetch size inside a transaction; without it the driver reads everything.
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(QUERY, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setLong(1, campaignId);
                CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format());
                SpreadsheetSafeCsv.printRow(printer, HEADER);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        SpreadsheetSafeCsv.printRow(printer, row(result, cipher));
                        written.increment();
                        if (written.sum() % FETCH_SIZE == 0) {
                            printer.flush();
                        }
                    }
                }
                printer.flush();
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audit(long campaignId, long accountId, long rows) {
        em.persist(new ExportAuditEntry(campaignId, accountId, rows, clock.instant()));
    }

    private static List<String> row(ResultSet result, FieldCipher cipher) throws SQLException {
        List<String> cells = new ArrayList<>(HEADER.size());
        for (int column = 1; column <= HEADER.size(); column++) {
            Object value = result.getObject(column);
            cells.add(value == null ? "" : value instanceof java.time.temporal.TemporalAccessor || value instanceof java.sql.Timestamp
                    ? instant(result, column) : ENCRYPTED.contains(column) ? cipher.decrypt(value.toString()) : value.toString());
        }
        return cells;
    }

    private static String instant(ResultSet result, int column) throws SQLException {
        java.time.OffsetDateTime time = result.getObject(column, java.time.OffsetDateTime.class);
        return time == null ? "" : time.toInstant().toString();
    }
}
