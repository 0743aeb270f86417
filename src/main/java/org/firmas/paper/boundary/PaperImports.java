package org.firmas.paper.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.SigningSources;
import org.firmas.paper.control.PaperImportCheck;
import org.firmas.paper.entity.PaperImport;
import org.firmas.paper.entity.PaperImportOutcome;
import org.firmas.paper.entity.PaperImportPreview;
import org.firmas.paper.entity.PastImport;
import org.firmas.paper.entity.TypedSignature;
import org.firmas.signature.boundary.PaperSignatures;
import org.firmas.signature.entity.SignerDetails;

/**
 * Importing typed-up paper sheets into a campaign, and undoing an import. Checking a file saves
 * nothing and keeps nothing: the console shows the preview and asks for the same file again to
 * import it, which is checked again from scratch (someone may have signed online meanwhile) and
 * must have the checksum of the file previewed. An import is one transaction: its record and all
 * its signatures, or nothing.
 */
@ApplicationScoped
public class PaperImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaperSignatures signatures;

    @Inject
    Clock clock;

    @Transactional
    public PaperImportOutcome preview(long campaignId, CampaignDefinition campaign, byte[] file) {
        if (!campaign.status().takesSignatures()) {
            return new PaperImportOutcome.NotOpen();
        }
        Optional<PaperImport> earlier = standing(campaignId, PaperImportCheck.sha256(file));
        if (earlier.isPresent()) {
            return new PaperImportOutcome.AlreadyImported(earlier.get().getImportedAt());
        }
        return PaperImportCheck.check(file, campaignId, campaign, today(), emails -> signatures.signedAmong(campaignId, emails));
    }

    /**
     * Imports the file if it is the one previewed and has no bad row; anything else comes back as
     * it would from {@link #preview}. {@code language} is the language the signatures are recorded in.
     */
    @Transactional
    public PaperImportOutcome importFile(long campaignId, CampaignDefinition campaign, byte[] file, String previewedSha256,
                                         String importedBy, String language) {
        if (!PaperImportCheck.sha256(file).equals(previewedSha256)) {
            return new PaperImportOutcome.FileChanged();
        }
        PaperImportOutcome checked = preview(campaignId, campaign, file);
        if (!(checked instanceof PaperImportOutcome.Checked found) || !found.preview().importable()) {
            return checked;
        }
        PaperImportPreview preview = found.preview();
        PaperImport record = new PaperImport(campaignId, preview, importedBy, clock.instant());
        em.persist(record);
        em.flush();
        int written = signatures.record(campaignId, record.getId(), language,
                preview.toImport().stream().map(PaperImports::signer).toList());
        return new PaperImportOutcome.Imported(record.getId(), written, preview.duplicates().size());
    }

    /** Every import of the campaign, the latest first. */
    @Transactional
    public List<PastImport> of(long campaignId) {
        return em.createNamedQuery(PaperImport.OF_CAMPAIGN, PaperImport.class).setParameter("campaignId", campaignId)
                .getResultStream().map(PaperImport::asPast).toList();
    }

    /** How many signatures an undo would remove now, and how many of them officials have received. */
    @Transactional
    public PaperSignatures.ImportCounts countsOf(long campaignId, long importId) {
        return signatures.countsOf(campaignId, importId);
    }

    /**
     * Removes every signature of the import and records who undid it; returns how many signatures
     * went, or empty when there is no such import of this campaign, or it was undone already (a
     * second click, another organizer).
     */
    @Transactional
    public java.util.OptionalInt undo(long campaignId, long importId, String undoneBy) {
        PaperImport record = em.find(PaperImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || record.getCampaignId() != campaignId || record.isUndone()) {
            return java.util.OptionalInt.empty();
        }
        int removed = signatures.remove(campaignId, importId);
        record.undo(undoneBy, clock.instant(), removed);
        return java.util.OptionalInt.of(removed);
    }

    private Optional<PaperImport> standing(long campaignId, String sha256) {
        return em.createNamedQuery(PaperImport.STANDING_WITH_CHECKSUM, PaperImport.class)
                .setParameter("campaignId", campaignId).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static SignerDetails signer(TypedSignature row) {
        return new SignerDetails(row.firstName(), row.lastName(), row.email(), row.zip(), row.phone(), null,
                false, false, row.area(), SigningSources.PAPER, false);
    }
}
