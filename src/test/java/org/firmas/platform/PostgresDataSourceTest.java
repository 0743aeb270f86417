package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDataSourceTest {

    @Test
    void aPostgresqlUrlGetsTheDataSourceThatRewritesBatchedInserts() throws SQLException {
        PostgresDataSource postgres = assertInstanceOf(PostgresDataSource.class,
                ConfiguredDataSource.create("jdbc:postgresql://127.0.0.1:5432/firmas", "firmas", "secret"));
        assertTrue(postgres.getReWriteBatchedInserts());
        assertEquals("firmas", postgres.getUser());
        assertEquals("firmas", postgres.getDatabaseName());
    }
}
