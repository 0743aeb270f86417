package org.firmas.platform;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's data source, with a batch of inserts sent as multi-row statements. New
 * signatures are written in groups (a row, two tokens and a mail each); one statement per table
 * instead of one per row takes the database a good part less work per signature.
 */
public class PostgresDataSource extends PGSimpleDataSource {

    private static final long serialVersionUID = 1L;

    public PostgresDataSource() {
        setReWriteBatchedInserts(true);
    }
}
