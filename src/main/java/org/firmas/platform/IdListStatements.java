package org.firmas.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a statement ending in {@code IN (…)} for a list of ids of any length, a chunk at a time,
 * so no statement has more parameters than a driver takes (erasing thousands of signers at once).
 */
public final class IdListStatements {

    /** Ids per statement, well under any driver's limit on parameters. */
    static final int CHUNK = 500;

    private IdListStatements() {
    }

    /** Runs {@code statement + " IN (?, ?, …)"} for every chunk of ids; returns the rows changed. */
    public static int update(EntityManager em, String statement, List<Long> ids) {
        int changed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            changed += query(em, statement, ids.subList(from, Math.min(ids.size(), from + CHUNK))).executeUpdate();
        }
        return changed;
    }

    /** Runs the query {@code statement + " IN (?, ?, …)"} for every chunk of ids; returns all rows found. */
    public static List<Object> select(EntityManager em, String statement, List<Long> ids) {
        List<Object> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(query(em, statement, ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    private static Query query(EntityManager em, String statement, List<Long> chunk) {
        Query query = em.createNativeQuery(statement + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
        for (int i = 0; i < chunk.size(); i++) {
            query.setParameter(i + 1, chunk.get(i));
        }
        return query;
    }
}
