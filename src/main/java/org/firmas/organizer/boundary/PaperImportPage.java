package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.paper.boundary.PaperImports;
import org.firmas.paper.entity.PaperImportOutcome;
import org.firmas.paper.entity.PastImport;
import org.firmas.signature.boundary.PaperSignatures;

/**
 * Importing typed-up paper sheets into a campaign: the template to type them into, checking a
 * file (a preview that saves nothing), importing the checked file, and the imports made so far,
 * each of which can be undone after a confirmation step ({@code undo} in the address).
 * <p>
 * The file is read within the request and its temporary copy deleted at once; the page keeps only
 * the preview's sentences and the file's checksum. To import, the organizer chooses the same file
 * again: nothing of a signer waits in the session between the preview and the import, and the
 * import checks the file afresh and refuses one whose checksum is not the previewed one.
 */
@Named
@ViewScoped
public class PaperImportPage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;
    /** A few bytes over the reader's limit, so a file just past it gets the reader's message. */
    private static final int READ_LIMIT = org.firmas.paper.control.SheetRowsReader.MAX_BYTES + 1;

    @Inject
    PaperImports imports;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleTime time;

    private String title;
    private boolean open;
    private List<PastImport> past = List.of();
    private PaperPreviewText preview;
    private Long undoing;
    private PaperSignatures.ImportCounts undoCounts;
    private transient Part file;

    @Override
    protected void show(StoredCampaign row) {
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        title = definition == null ? row.slug() : definition.texts(text.locale()).title();
        open = definition != null && definition.status().takesSignatures();
        past = imports.of(row.id());
        undoCounts = undoing == null || past.stream().noneMatch(one -> one.id() == undoing && !one.undone())
                ? null : imports.countsOf(row.id(), undoing);
    }

    /** Checks the chosen file and shows what importing it would do; saves nothing. */
    public void check() throws IOException {
        StoredCampaign row = campaign();
        Optional<byte[]> bytes = readChosenFile();
        if (bytes.isEmpty()) {
            return;
        }
        preview = PaperPreviewText.of(imports.preview(row.id(), definition(row), bytes.get()), text);
        refresh();
    }

    /** Imports the file chosen again, if it is the one previewed and still has no bad row. */
    public void importFile() throws IOException {
        StoredCampaign row = campaign();
        Optional<byte[]> bytes = readChosenFile();
        if (bytes.isEmpty() || preview == null || preview.sha256() == null) {
            return;
        }
        PaperImportOutcome outcome;
        try {
            outcome = imports.importFile(row.id(), definition(row), bytes.get(), preview.sha256(),
                    organizer.getEmail(), text.locale().getLanguage());
        } catch (PersistenceException raced) {
            // Someone in the file signed online, or the file was imported by another request, since the check: all rolled back.
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.paper.changedMeanwhile"));
            preview = null;
            refresh();
            return;
        }
        if (outcome instanceof PaperImportOutcome.Imported imported) {
            redirectAfter(ConsoleOutcome.PAPER_IMPORTED, imported.signatures());
            return;
        }
        preview = PaperPreviewText.of(outcome, text);
        refresh();
    }

    /** The confirmation step's button: undoes the import the step named. */
    public void undo() {
        StoredCampaign row = campaign();
        java.util.OptionalInt removed = undoing == null ? java.util.OptionalInt.empty()
                : imports.undo(row.id(), undoing, organizer.getEmail());
        if (removed.isPresent()) {
            redirectAfter(ConsoleOutcome.PAPER_UNDONE, removed.getAsInt());
        } else {
            redirectAfter(ConsoleOutcome.UNCHANGED);
        }
    }

    private CampaignDefinition definition(StoredCampaign row) {
        return campaigns.definitionOf(row).orElseThrow(NotAllowedException::new);
    }

    /** The uploaded bytes, read at most to just past the limit; the container's temporary copy is deleted at once. */
    private Optional<byte[]> readChosenFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.paper.chooseFile"));
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(in.readNBytes(READ_LIMIT));
        } finally {
            file.delete();
            file = null;
        }
    }

    public String getTitle() {
        return title;
    }

    public boolean isOpen() {
        return open;
    }

    public List<PastImport> getPast() {
        return past;
    }

    public PaperPreviewText getPreview() {
        return preview;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getUndoing() {
        return undoing;
    }

    public void setUndoing(Long undoing) {
        if (this.undoing == null) {
            this.undoing = undoing;
        }
    }

    /** The import the confirmation step is about, with its counts now; null when there is no step to show. */
    public PaperSignatures.ImportCounts getUndoCounts() {
        return undoCounts;
    }

    public String getUndoText() {
        return undoCounts == null ? "" : text.format("organize.paper.undo.what", undoCounts.signatures());
    }

    public String getUndoDeliveredText() {
        return undoCounts == null ? "" : text.format("organize.paper.undo.delivered", undoCounts.delivered());
    }

    /** A sentence with a count, such as "200 signatures will be imported", in the organizer's language. */
    public String sentence(String key, long count) {
        return text.format(key, count);
    }

    /** "Undone by ana@example.org on Dec 6, 2026, 2:05 PM: 198 signatures removed." */
    public String undoneText(PastImport undone) {
        return text.format("organize.paper.undoneBy", undone.undoneBy(), time.text(undone.undoneAt()),
                undone.undoneRows() == null ? 0 : undone.undoneRows());
    }

    public String getTemplateLink() {
        return "/organize/paper-template/" + getId() + ".csv?lang=" + text.locale().getLanguage();
    }
}
