package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firmas.campaign.boundary.CampaignImages;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.HeaderImage;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.StoredCampaign;

/**
 * A campaign's header image: choosing a JPEG or PNG and describing it in each language the
 * campaign speaks, changing only the descriptions, or removing the image. The upload is read
 * within the request and its temporary copy deleted at once; only the sizes made from it are kept.
 */
@Named
@ViewScoped
public class CampaignImagePage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;
    /** The most characters of a description: a sentence or two, as screen readers read them. */
    static final int MAX_ALT = 300;
    /** The description fields are plain inputs named for their language, so any number of languages fits one form. */
    static final String ALT_FIELD = "alt_";

    @Inject
    CampaignImages images;

    @Inject
    ConsoleCampaigns campaigns;

    private String title;
    private List<String> languages = List.of();
    private final Map<String, String> altTexts = new LinkedHashMap<>();
    private String currentSrc;
    private String currentAlt;
    private transient Part file;

    @Override
    protected void show(StoredCampaign row) {
        CampaignDefinition definition = campaigns.definitionOf(row).orElseThrow(NotAllowedException::new);
        title = definition.texts(text.locale()).title();
        languages = languagesOf(definition);
        HeaderImage image = images.of(row.id()).orElse(null);
        currentSrc = image == null ? null : image.path(image.widest());
        currentAlt = image == null ? null : image.altText(text.locale().getLanguage());
        for (String language : languages) {
            altTexts.putIfAbsent(language, image == null ? "" : image.altTexts().getOrDefault(language, ""));
        }
    }

    /** English first, then the campaign's other languages in alphabetical order. */
    private static List<String> languagesOf(CampaignDefinition definition) {
        List<String> ordered = new ArrayList<>(definition.texts().keySet().stream().sorted().toList());
        if (ordered.remove(CampaignDefinition.DEFAULT_LANGUAGE)) {
            ordered.add(0, CampaignDefinition.DEFAULT_LANGUAGE);
        }
        return List.copyOf(ordered);
    }

    /** Saves the chosen image with its descriptions, or only the descriptions when no file is chosen. */
    public void save() throws IOException {
        StoredCampaign row = campaign();
        Map<String, String> posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        languages.forEach(language -> altTexts.put(language, posted.getOrDefault(ALT_FIELD + language, "")));
        if (!descriptionsComplete()) {
            return;
        }
        Map<String, String> described = new LinkedHashMap<>();
        languages.forEach(language -> described.put(language, altTexts.get(language).strip()));
        byte[] upload = readChosenFile();
        if (upload.length == 0 && currentSrc != null) {
            images.describe(row.id(), described);
            redirectAfter(ConsoleOutcome.IMAGE_SAVED);
            return;
        }
        if (images.replace(row.id(), upload, described) instanceof ImageCheck.Refused refused) {
            message(FacesMessage.SEVERITY_ERROR, text.format(refused.reason().messageKey(), refused.limit()));
            return;
        }
        redirectAfter(ConsoleOutcome.IMAGE_SAVED);
    }

    public void remove() {
        images.remove(campaign().id());
        redirectAfter(ConsoleOutcome.IMAGE_REMOVED);
    }

    private boolean descriptionsComplete() {
        boolean complete = true;
        for (String language : languages) {
            String alt = altTexts.getOrDefault(language, "").strip();
            String problem = alt.isEmpty() ? "organize.image.altRequired"
                    : alt.length() > MAX_ALT ? "organize.image.altTooLong"
                    : alt.chars().anyMatch(Character::isISOControl) ? "organize.image.altOneLine" : null;
            if (problem != null) {
                message(FacesMessage.SEVERITY_ERROR, text.format(problem, languageName(language), MAX_ALT));
                complete = false;
            }
        }
        return complete;
    }

    /** The bytes chosen, read at most to just past the limit (so a larger file gets the limit's message); none when no file was chosen. */
    private byte[] readChosenFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(ImageCheck.MAX_UPLOAD_BYTES + 1);
        } finally {
            file.delete();
            file = null;
        }
    }

    /** A language's name in the organizer's language: "Spanish", "español". */
    String languageName(String language) {
        return Locale.forLanguageTag(language).getDisplayLanguage(text.locale());
    }

    /** The label of the description in one language. */
    public String altLabel(String language) {
        return text.format("organize.image.altIn", languageName(language));
    }

    public String getTitle() {
        return title;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public Map<String, String> getAltTexts() {
        return altTexts;
    }

    public String getCurrentSrc() {
        return currentSrc;
    }

    public String getCurrentAlt() {
        return currentAlt;
    }

    public int getMaxAlt() {
        return MAX_ALT;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
