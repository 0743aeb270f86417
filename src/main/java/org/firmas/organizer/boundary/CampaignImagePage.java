package org.firmas.organizer.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignImages;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.campaign.entity.StoredImage;

/**
 * A campaign's header image and its share image for link previews, each in its own form: choosing a
 * JPEG or PNG and describing it in each language the campaign speaks, changing only the
 * descriptions, or removing the image. The upload is read within the request and its temporary
 * copy deleted at once; only the sizes made from it are kept.
 */
@Named
@ViewScoped
public class CampaignImagePage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignImages images;

    @Inject
    ConsoleCampaigns campaigns;

    private String title;
    private final ImageForm header = new ImageForm(ImagePurpose.HEADER, "alt_");
    private final ImageForm share = new ImageForm(ImagePurpose.SHARE, "share_alt_");

    @Override
    protected void show(StoredCampaign row) {
        CampaignDefinition definition = campaigns.definitionOf(row).orElseThrow(NotAllowedException::new);
        title = definition.texts(text.locale()).title();
        List<String> languages = languagesOf(definition);
        for (ImageForm form : List.of(header, share)) {
            StoredImage image = images.of(form.purpose(), row.id()).orElse(null);
            form.show(image, languages, text.locale().getLanguage());
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

    public void saveHeader() throws IOException {
        save(header, ConsoleOutcome.IMAGE_SAVED);
    }

    public void saveShare() throws IOException {
        save(share, ConsoleOutcome.SHARE_IMAGE_SAVED);
    }

    public void removeHeader() {
        images.remove(ImagePurpose.HEADER, campaign().id());
        redirectAfter(ConsoleOutcome.IMAGE_REMOVED);
    }

    public void removeShare() {
        images.remove(ImagePurpose.SHARE, campaign().id());
        redirectAfter(ConsoleOutcome.SHARE_IMAGE_REMOVED);
    }

    /** Saves the chosen image with its descriptions, or only the descriptions when no file is chosen. */
    private void save(ImageForm form, ConsoleOutcome saved) throws IOException {
        StoredCampaign row = campaign();
        Map<String, String> posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Optional<Map<String, String>> described = form.postedDescriptions(posted,
                (key, language) -> text.format(key, languageName(language), ImageForm.MAX_ALT));
        if (described.isEmpty()) {
            return;
        }
        byte[] upload = form.readChosenFile();
        if (upload.length == 0 && form.getCurrentSrc() != null) {
            images.describe(form.purpose(), row.id(), described.get());
            redirectAfter(saved);
            return;
        }
        if (images.replace(form.purpose(), row.id(), upload, described.get()) instanceof ImageCheck.Refused refused) {
            form.fileRefused(text.format(refused.reason().messageKey(), refused.limit()));
            return;
        }
        redirectAfter(saved);
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

    public ImageForm getHeader() {
        return header;
    }

    public ImageForm getShare() {
        return share;
    }
}
