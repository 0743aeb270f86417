package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureConfirmed;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SignaturesChanged;
import org.firmas.signature.entity.SupporterMailRequested;
import org.firmas.signature.entity.TokenPurpose;

/**
 * Inserts new signatures, each in one transaction together with its confirmation mail, so a
 * signature never exists without its confirmation mail queued, and the reverse. The exception is
 * a signature held as suspect: it is sent nothing until an organizer releases it, so a robot's
 * list of addresses never turns into mail from this site.
 * <p>
 * The signing path runs in no transaction of its own; these inserts are its transactions, one per
 * group {@link SignatureGroupCommit} writes, or per signature written alone.
 */
@ApplicationScoped
public class SignatureInserts {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignerTokens tokens;

    @Inject
    Event<SupporterMailRequested> mails;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    Event<SignatureConfirmed> confirmed;

    @Inject
    Clock clock;

    /** Its own transaction: asked after a failed insert, whose transaction has rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(long campaignId, String emailKey) {
        return signed(campaignId, emailKey);
    }

    private boolean signed(long campaignId, String emailKey) {
        return em.createNamedQuery(Signature.EXISTS_FOR_EMAIL, Long.class)
                .setParameter("campaignId", campaignId)
                .setParameter("emailKey", emailKey)
                .getSingleResult() > 0;
    }

    /**
     * Inserts the signature and queues its confirmation mail, unless the address has signed
     * already: one transaction for the look-up and the insert. A concurrent twin that passes the
     * look-up at the same moment fails the unique index.
     * Commits on its own: a signature retried alone after its group failed must not share the group's fate.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> insertIfNew(NewSignature signature) {
        if (signed(signature.campaign().id(), signature.keys().address())) {
            return Optional.empty();
        }
        return Optional.of(write(List.of(signature)).get(0));
    }

    /**
     * Inserts a group of signatures in one transaction, one look-up for all of them and the rows
     * sent in JDBC batches; an address already signed, or twice in the group, gets no row. The
     * answers are in the group's order. Any failure rolls back the whole group.
     * Commits on its own: the group is written by whichever signer's request holds the turn, for all of them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Optional<Long>> insertAllNew(List<NewSignature> group) {
        Set<String> taken = AlreadySigned.among(em, group);
        boolean[] fresh = new boolean[group.size()];
        List<NewSignature> toWrite = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            fresh[i] = taken.add(group.get(i).uniqueKey());
            if (fresh[i]) {
                toWrite.add(group.get(i));
            }
        }
        Iterator<Long> ids = write(toWrite).iterator();
        List<Optional<Long>> answers = new ArrayList<>(group.size());
        for (boolean isNew : fresh) {
            answers.add(isNew ? Optional.of(ids.next()) : Optional.empty());
        }
        return answers;
    }

    /**
     * The rows first, then their tokens and confirmation mails: those refer to the rows, and
     * nothing else tells the persistence provider in which order to insert them.
     */
    private List<Long> write(List<NewSignature> drafts) {
        Instant now = clock.instant();
        List<Signature> rows = new ArrayList<>(drafts.size());
        for (NewSignature draft : drafts) {
            Signature signature = draft.row(now);
            if (!draft.origin().isSuspect() && !draft.vouched()) {
                signature.mailed(now);
            }
            em.persist(signature);
            rows.add(signature);
        }
        em.flush();
        for (int i = 0; i < rows.size(); i++) {
            Signature signature = rows.get(i);
            Campaign campaign = drafts.get(i).campaign();
            if (signature.getStatus() == SignatureStatus.PENDING) {
                askToConfirm(signature, campaign);
            }
            changed.fire(new SignaturesChanged(campaign.id()));
            if (signature.getStatus() == SignatureStatus.CONFIRMED) {
                confirmed.fire(new SignatureConfirmed(campaign.id(), signature.getId()));
            }
        }
        return rows.stream().map(Signature::getId).toList();
    }

    /**
     * Sends signatures an organizer released the confirmation mail they were held without. Runs in
     * the release's transaction, which has locked these rows, so a second release finds nothing to send.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mailReleased(Campaign campaign, List<Long> signatureIds) {
        Instant now = clock.instant();
        for (Long id : signatureIds) {
            Signature signature = em.find(Signature.class, id);
            signature.mailed(now);
            askToConfirm(signature, campaign);
        }
    }

    private void askToConfirm(Signature signature, Campaign campaign) {
        mails.fire(new SupporterMailRequested(SupporterMailRequested.Kind.CONFIRM, signature.getId(),
                signature.getMailCount(), signature.getEmail(), signature.getLanguage(), campaign,
                tokens.issue(signature.getId(), TokenPurpose.CONFIRM), tokens.issue(signature.getId(), TokenPurpose.WITHDRAW)));
    }

}
