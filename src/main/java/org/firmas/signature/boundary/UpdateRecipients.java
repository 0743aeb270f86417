package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.firmas.platform.FieldCipher;
import org.firmas.signature.control.SignerTokens;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.TokenPurpose;
import org.firmas.signature.entity.UnsubscribeLink;
import org.firmas.signature.entity.UpdateRecipient;

/**
 * Who receives a campaign's supporter updates: its confirmed signers who asked for news (a
 * withdrawn or erased signer is neither), optionally only those in some areas or ZIP codes; and
 * the unsubscribe links their mails carry, signer tokens that go when the signature goes.
 */
@ApplicationScoped
public class UpdateRecipients {

    /** Keys per statement, well under any driver's limit on parameters. */
    private static final int CHUNK = 500;
    private static final String OPTED_IN = "FROM signature WHERE campaign_id = ? AND status = "
            + SignatureStatus.CONFIRMED.literal() + " AND wants_updates = TRUE AND erased_at IS NULL";

    @PersistenceContext
    EntityManager em;

    @Inject
    SignerTokens tokens;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    /** How many would receive an update now, leaving out the addresses that unsubscribed. */
    @Transactional
    public long count(long campaignId, Set<String> places, Collection<String> unsubscribedKeys) {
        long all = number(bound(em.createNativeQuery("SELECT COUNT(*) " + OPTED_IN + placeFilter(places)), campaignId, places));
        List<String> keys = new ArrayList<>(unsubscribedKeys);
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            Query left = bound(em.createNativeQuery("SELECT COUNT(*) " + OPTED_IN + placeFilter(places)
                    + " AND email_key IN (" + marks(chunk.size()) + ")"), campaignId, places);
            for (int i = 0; i < chunk.size(); i++) {
                left.setParameter(places.size() * 2 + 2 + i, chunk.get(i));
            }
            all -= number(left);
        }
        return all;
    }

    /** The next recipients after a signature, in signature order, so queueing can resume where it stopped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UpdateRecipient> after(long campaignId, Set<String> places, long afterSignature, int limit) {
        Query query = bound(em.createNativeQuery("SELECT id, email, email_key, language " + OPTED_IN + placeFilter(places)
                + " AND id > ? ORDER BY id"), campaignId, places);
        query.setParameter(places.size() * 2 + 2, afterSignature).setMaxResults(limit);
        List<UpdateRecipient> recipients = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            recipients.add(new UpdateRecipient(((Number) cells[0]).longValue(), cipher.decrypt((String) cells[1]),
                    (String) cells[2], (String) cells[3]));
        }
        return recipients;
    }

    /** A new unsubscribe link for one mail, in the queueing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String unsubscribeToken(long signatureId) {
        return tokens.issue(signatureId, TokenPurpose.UNSUBSCRIBE);
    }

    /** Whom a link stands for, while its signature exists; empty for an unknown, expired or malformed one. */
    @Transactional
    public Optional<UnsubscribeLink> link(String token) {
        return tokens.target(token, TokenPurpose.UNSUBSCRIBE, clock.instant()).filter(target -> !target.expired())
                .map(target -> new UnsubscribeLink(target.signatureId(), target.campaignId(),
                        (String) em.createNativeQuery("SELECT email_key FROM signature WHERE id = ?")
                                .setParameter(1, target.signatureId()).getSingleResult()));
    }

    /** A signer in one of the places: by area or by ZIP code, as the organizer typed them. */
    private static String placeFilter(Set<String> places) {
        if (places.isEmpty()) {
            return "";
        }
        return " AND (area IN (" + marks(places.size()) + ") OR zip IN (" + marks(places.size()) + "))";
    }

    private static Query bound(Query query, long campaignId, Set<String> places) {
        query.setParameter(1, campaignId);
        int index = 2;
        for (int round = 0; round < 2; round++) {
            for (String place : places) {
                query.setParameter(index++, place);
            }
        }
        return query;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static long number(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }
}
