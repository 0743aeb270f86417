package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PostgresDataSourceTest {

    @Test
    void aPostgresqlUrlGetsTheDataSourceThatRewritesBatchedInserts() {
        assertEquals(PostgresDataSource.class.getName(),
                DatabaseKindConfigSource.dataSourceClassFor("jdbc:postgresql://127.0.0.1:5432/firmas"));
        assertEquals(DatabaseKindConfigSource.H2, DatabaseKindConfigSource.dataSourceClassFor("jdbc:h2:./data/firmas"));
        assertTrue(new PostgresDataSource().getReWriteBatchedInserts());
    }
}
