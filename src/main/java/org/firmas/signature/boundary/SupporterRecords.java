package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.firmas.signature.control.EmailKeys;
import org.firmas.signature.control.SigningScreen;
import org.firmas.signature.entity.HeldSignature;
import org.firmas.signature.entity.LinkResult;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SignerKey;
import org.firmas.signature.entity.SignaturesChanged;

/**
 * A supporter's own signatures over all campaigns, found by the keyed hash of their address (the
 * same on every campaign), for the "my data" page: what is held, and the same withdrawal and
 * erasure that the withdraw link and retention use.
 */
@ApplicationScoped
public class SupporterRecords {

    /** The held columns only, through the entity's mappings, so address and phone come decrypted. */
    private static final String HELD = "select s.id, s.campaignId, s.email, s.firstName, s.lastName, s.zip, s.area, s.phone, "
            + "s.comment, s.language, s.source, s.status, s.createdAt, s.confirmedAt, s.paperImportId, s.listedPublicly, "
            + "s.wantsUpdates, s.partnerOptIn from Signature s where " + SignerKey.JPQL + " order by s.createdAt, s.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    EmailKeys emailKeys;

    @Inject
    SigningScreen screen;

    @Inject
    SignatureEraser eraser;

    @Inject
    SignerDataRetention retention;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    Clock clock;

    public String addressKey(String email) {
        return emailKeys.addressKey(email);
    }

    /** The keyed hash a client address is kept and limited by. */
    public String clientKey(String clientAddress) {
        return screen.addressKey(clientAddress);
    }

    /** Whether a mail to this address may go now, judged and counted as the sign form's confirmation mails are. */
    public boolean mayMail(String clientKey, String email, boolean trapFilled, String proof) {
        return screen.mayMail(new SigningScreen.MailAsked(clientKey, email, trapFilled, proof), emailKeys.domainKey(email));
    }

    /** Every signature of the address not yet erased, oldest first, decrypted. */
    public List<HeldSignature> heldFor(String emailKey) {
        Object[] key = SignerKey.parameters(emailKey);
        return em.createQuery(HELD, Object[].class).setParameter("keyFrom", key[0]).setParameter("keyTo", key[1])
                .setParameter("key", key[2]).setParameter("keySuffixed", key[3]).getResultList().stream()
                .map(SupporterRecords::held).toList();
    }

    /**
     * Which of these addresses (by key) have nothing left once the given signatures are erased:
     * they had some among them, and none besides. Asked while the erasure is under way, before the
     * rows are blanked.
     */
    public List<String> leftWithNothing(Collection<String> emailKeys, List<Long> erasedIds) {
        Set<Long> erased = new HashSet<>(erasedIds);
        return emailKeys.stream().filter(emailKey -> {
            List<Long> held = heldFor(emailKey).stream().map(HeldSignature::id).toList();
            return held.stream().anyMatch(erased::contains) && erased.containsAll(held);
        }).toList();
    }

    private static HeldSignature held(Object[] row) {
        return new HeldSignature((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10],
                (SignatureStatus) row[11], (Instant) row[12], (Instant) row[13], (Long) row[14], (Boolean) row[15],
                (Boolean) row[16], (Boolean) row[17]);
    }

    /** Withdraws one signature of the address, as its withdraw link would; false for one that is not theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(long signatureId, String emailKey) {
        return eraser.withdraw(signatureId, emailKey) instanceof LinkResult.Done;
    }

    /**
     * Erases the address's personal data on every campaign, as retention does: the signatures
     * stay counted as they were. The ids of the signatures erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> erase(String emailKey) {
        List<Long> campaigns = heldFor(emailKey).stream().map(HeldSignature::campaignId).distinct().toList();
        List<Long> erased = retention.eraseSigner(emailKey, clock.instant());
        // The public list of recent signers may show a name that has just been erased.
        campaigns.forEach(campaign -> changed.fire(new SignaturesChanged(campaign)));
        return erased;
    }
}
