package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.firmas.signature.control.PaperRows;
import org.firmas.signature.entity.SignaturesChanged;
import org.firmas.signature.entity.SignerDetails;
import org.firmas.signature.entity.SignersErased;

/**
 * What the paper capability may do with signatures: ask which addresses signed already, write the
 * signatures of a typed-up sheet file, and take them all away again when its import is undone.
 * Writing and removing run in the paper import's transaction, so an import and its signatures
 * commit together or not at all.
 */
@ApplicationScoped
public class PaperSignatures {

    /** An import's confirmed signatures, and how many of them an official was sent already. */
    public record ImportCounts(long signatures, long delivered) {
    }

    @Inject
    PaperRows rows;

    @Inject
    Clock clock;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    Event<SignersErased> erased;

    @Transactional
    public Set<String> signedAmong(long campaignId, List<String> emails) {
        return rows.signedAmong(campaignId, emails);
    }

    /** Writes them confirmed, with no mail to anyone; the count triggers add them to the totals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(long campaignId, long importId, String language, List<SignerDetails> signers) {
        int written = rows.write(campaignId, importId, language, signers, clock.instant());
        changed.fire(new SignaturesChanged(campaignId));
        return written;
    }

    @Transactional
    public ImportCounts countsOf(long campaignId, long importId) {
        long[] counts = rows.countsOf(campaignId, importId);
        return new ImportCounts(counts[0], counts[1]);
    }

    /** The campaign's confirmed signatures signed on paper, exact, as the console shows them beside its total. */
    @Transactional
    public long confirmedOnPaper(long campaignId) {
        return rows.confirmedOnPaper(campaignId);
    }

    /**
     * Deletes the import's signatures, those an official has received too (a sent mail cannot be
     * taken back; the next batch's total no longer counts them). Whoever keeps something for them
     * drops it in this transaction ({@link SignersErased}); the count triggers subtract them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int remove(long campaignId, long importId) {
        List<Long> ids = rows.lockImport(campaignId, importId);
        if (ids.isEmpty()) {
            return 0;
        }
        erased.fire(new SignersErased(ids));
        int removed = rows.delete(campaignId, importId);
        changed.fire(new SignaturesChanged(campaignId));
        return removed;
    }
}
