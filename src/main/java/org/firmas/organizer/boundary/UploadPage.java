package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignFiles;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.SaveResult;
import org.firmas.organizer.control.CampaignArchive;
import org.firmas.organizer.control.UploadedStatus;

/**
 * Creates a console campaign, always a draft, from an uploaded campaign file (and its areas table,
 * if it has one) or from a ZIP of both as the console exports it. The file name is the slug, as in
 * {@code campaigns/}; a mistake is reported with its line and field.
 * The text rules are the parser's, the same for the folder, an upload and the edit form.
 */
@Named
@RequestScoped
public class UploadPage {

    /** A file this size or smaller is within the parser's limit on characters, whatever it holds. */
    static final int MAX_BYTES = CampaignFiles.MAX_FILE_CHARS;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleText text;

    private Part file;
    private Part areas;

    public String upload() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            error(context, text.get("organize.upload.missing"));
            return null;
        }
        String name = fileName(file);
        boolean archive = name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        Optional<CampaignArchive.Contents> contents = archive ? readArchive(file) : readFiles();
        if (contents.isEmpty()) {
            error(context, archive ? text.format("organize.upload.zipUnreadable", MAX_BYTES / 1024)
                    : text.format("organize.upload.unreadable", MAX_BYTES / 1024));
            return null;
        }
        String slug = archive ? name.substring(0, name.length() - ".zip".length()) : CampaignFiles.slugOf(name);
        String yaml = UploadedStatus.asDraft(contents.get().yaml());
        SaveResult result = campaigns.create(slug, yaml, contents.get().areasCsv(), organizer.staffId());
        if (result instanceof SaveResult.Saved saved) {
            ExternalContext external = context.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/organize/dashboard.xhtml?id=" + saved.campaign().id()
                    + "&" + ConsoleOutcome.PARAMETER + "=" + ConsoleOutcome.UPLOADED.parameter());
        } else if (result instanceof SaveResult.Invalid invalid) {
            for (SaveResult.Invalid mistake : invalid.all()) {
                error(context, text.format("organize.upload.invalid", name, mistake.line(),
                        mistake.field().isEmpty() ? "-" : mistake.field(), text.problem(mistake.problem())));
            }
        } else if (result instanceof SaveResult.SlugTaken taken) {
            error(context, text.format("organize.edit.slugTaken", taken.slug()));
        }
        return null;
    }

    /** A campaign file, and its areas table when one was chosen; empty when either cannot be read. */
    private Optional<CampaignArchive.Contents> readFiles() throws IOException {
        String yaml = readText(file);
        boolean withAreas = areas != null && areas.getSize() > 0;
        String areasCsv = withAreas ? readText(areas) : null;
        return yaml == null || (withAreas && areasCsv == null) ? Optional.empty() : Optional.of(new CampaignArchive.Contents(yaml, areasCsv));
    }

    /** An exported ZIP: both files in one, each within a campaign file's limit. */
    private static Optional<CampaignArchive.Contents> readArchive(Part part) throws IOException {
        if (part.getSize() > 2L * MAX_BYTES + 4096) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            return CampaignArchive.read(in.readNBytes(2 * MAX_BYTES + 4096), MAX_BYTES);
        }
    }

    /** The uploaded bytes as UTF-8 text, or null when too large or not UTF-8. */
    private static String readText(Part part) throws IOException {
        if (part.getSize() > MAX_BYTES) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // Some editors start UTF-8 files with a byte order mark; it is not part of the text.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Only the last path segment: some browsers send the whole client path. */
    private static String fileName(Part part) {
        String name = part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static void error(FacesContext context, String message) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Part getAreas() {
        return areas;
    }

    public void setAreas(Part areas) {
        this.areas = areas;
    }
}
