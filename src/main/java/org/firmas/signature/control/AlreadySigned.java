package org.firmas.signature.control;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of a group's addresses have signed their campaign already, in one query.
 * <p>
 * Asked as "this campaign, and these addresses", PostgreSQL picks an index by how many rows it
 * believes the campaign has, and until the table is analyzed again after the campaign grew
 * (autovacuum waits for a tenth of the whole table to change) it believes in a handful: it then
 * reads every row of the campaign for each group, and a surge slows down as it goes (44 ms per
 * look-up at 74,000 signatures, against 0.8 ms). Joined to the asked (campaign, address)
 * pairs instead, each pair is an equality on the whole one-per-person index.
 * <p>
 * The pairs are written into the statement as values, not bound as parameters. A statement a
 * connection runs again and again is prepared once by the driver, and PostgreSQL may then keep
 * one plan for it, made for the table as it was then: a look-up first planned while the table
 * was nearly empty went on reading the whole campaign through another of its indexes once it held
 * 300,000 signatures (150–500 ms per look-up). Each look-up with its own values is planned for
 * the table as it is. The values are a campaign's id and the keyed hashes Firmas makes of
 * addresses, never text a signer typed, and anything else is refused rather than quoted.
 */
final class AlreadySigned {

    /** Letters, digits, '-' and '_': the keyed hashes Firmas makes are hexadecimal, test keys spelled out. */
    private static final Pattern ADDRESS_KEY = Pattern.compile("[0-9A-Za-z_-]{1,128}");

    private static final int KEYS_PER_LOOK_UP = 500;

    private AlreadySigned() {
    }

    /** The {@link NewSignature#uniqueKey() unique keys} of the group that already have a row. */
    static Set<String> among(EntityManager em, Collection<NewSignature> group) {
        Map<Long, Set<String>> pairs = new LinkedHashMap<>();
        for (NewSignature signature : group) {
            pairs.computeIfAbsent(signature.campaign().id(), campaign -> new HashSet<>()).add(signature.keys().address());
        }
        Set<String> taken = new HashSet<>();
        for (Object found : em.createNativeQuery(sql(pairs)).getResultList()) {
            Object[] row = (Object[]) found;
            taken.add(NewSignature.uniqueKey(((Number) row[0]).longValue(), (String) row[1]));
        }
        return taken;
    }

    /** Which of these address keys have a row on the campaign, a few hundred per statement. */
    static Set<String> keysTaken(EntityManager em, long campaignId, List<String> addressKeys) {
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < addressKeys.size(); from += KEYS_PER_LOOK_UP) {
            List<String> chunk = addressKeys.subList(from, Math.min(addressKeys.size(), from + KEYS_PER_LOOK_UP));
            for (Object found : em.createNativeQuery(sql(Map.of(campaignId, chunk))).getResultList()) {
                taken.add((String) ((Object[]) found)[1]);
            }
        }
        return taken;
    }

    /** The look-up for these address keys of each campaign, the values written into the statement. */
    static String sql(Map<Long, ? extends Collection<String>> addressKeysByCampaign) {
        String values = addressKeysByCampaign.entrySet().stream()
                .flatMap(campaign -> campaign.getValue().stream().map(key -> "(" + campaign.getKey() + ", '" + checked(key) + "')"))
                .collect(Collectors.joining(", "));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No address to look up");
        }
        return "SELECT s.campaign_id, s.email_key FROM signature s JOIN (VALUES " + values
                + ") AS asked (campaign_id, email_key) ON s.campaign_id = asked.campaign_id AND s.email_key = asked.email_key";
    }

    private static String checked(String addressKey) {
        if (!ADDRESS_KEY.matcher(addressKey).matches()) {
            throw new IllegalArgumentException("Not an address key");
        }
        return addressKey;
    }
}
