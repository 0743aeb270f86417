package org.firmas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the server's own stack traces about a lost database out of the log once Firmas runs. With
 * the database gone the connection pool logs three warnings and a stack trace for every connection
 * it tries to open, several a second, and the transaction manager a warning with a stack trace for
 * every transaction it cannot roll back on a dead connection. Firmas says in one line which of its
 * parts meets the fault and in one more when it is over ({@link FaultEpisode}). This waits for the
 * schema migration, so an unreachable database at boot (a wrong address or password) is still
 * told in full; the transaction manager's severe errors still show.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DatabaseOutageLog {

    /** Held here: the logging system keeps a logger only as long as someone does, and its level with it. */
    private static final Logger POOL = Logger.getLogger("javax.enterprise.resource.resourceadapter");
    private static final Logger TRANSACTIONS = Logger.getLogger("javax.enterprise.resource.jta");

    @PostConstruct
    void quiet() {
        POOL.setLevel(Level.OFF);
        TRANSACTIONS.setLevel(Level.SEVERE);
    }
}
