package org.firmas.signature.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a group's addresses have signed their campaign already, in one query.
 * <p>
 * Asked as "this campaign, and these addresses", PostgreSQL picks an index by how many rows it
 * believes the campaign has, and until the table is analyzed again after the campaign grew
 * (autovacuum waits for a tenth of the whole table to change) it believes in a handful: it then
 * reads every row of the campaign for each group, and a surge slows down as it goes (44 ms per
 * look-up at 74,000 signatures, against 0.8 ms). Joined to the asked (campaign, address)
 * pairs instead, each pair is an equality on the whole one-per-person index, which the planner
 * knows finds at most one row without any statistics.
 */
final class AlreadySigned {

    private AlreadySigned() {
    }

    /** The {@link NewSignature#uniqueKey() unique keys} of the group that already have a row. */
    static Set<String> among(EntityManager em, List<NewSignature> group) {
        Map<String, NewSignature> asked = new LinkedHashMap<>();
        for (NewSignature signature : group) {
            asked.putIfAbsent(signature.uniqueKey(), signature);
        }
        Query query = em.createNativeQuery(sql(asked.size()));
        int position = 1;
        for (NewSignature signature : asked.values()) {
            query.setParameter(position++, signature.campaign().id());
            query.setParameter(position++, signature.keys().address());
        }
        Set<String> taken = new HashSet<>();
        for (Object found : query.getResultList()) {
            Object[] row = (Object[]) found;
            taken.add(NewSignature.uniqueKey(((Number) row[0]).longValue(), (String) row[1]));
        }
        return taken;
    }

    /** The look-up for this many (campaign, address key) pairs, bound in that order. */
    static String sql(int pairs) {
        return "SELECT s.campaign_id, s.email_key FROM signature s JOIN (VALUES " + String.join(", ", Collections.nCopies(pairs, "(?, ?)"))
                + ") AS asked (campaign_id, email_key) ON s.campaign_id = asked.campaign_id AND s.email_key = asked.email_key";
    }
}
