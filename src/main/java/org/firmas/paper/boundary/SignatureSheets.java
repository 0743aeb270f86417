package org.firmas.paper.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Target;
import org.firmas.paper.control.PaperSize;
import org.firmas.paper.control.PlainParagraphs;
import org.firmas.paper.control.SheetDocument;
import org.firmas.paper.entity.SheetCode;
import org.firmas.paper.entity.SheetText;

/** Prints a campaign's signature sheet in one of its languages, under a code the caller issued. */
@ApplicationScoped
public class SignatureSheets {

    @Inject
    @ConfigProperty(name = "firmas.paper.size", defaultValue = "letter")
    String paperSize;

    /** Whether the campaign has texts in this language, and so a sheet. */
    public static boolean printsIn(CampaignDefinition campaign, String language) {
        return language != null && campaign.texts().containsKey(language);
    }

    public void write(CampaignDefinition campaign, SheetCode code, String language, OutputStream out) throws IOException {
        CampaignTexts texts = campaign.texts().get(language);
        List<String> targets = campaign.targets().stream().map(SignatureSheets::addressee).toList();
        SheetText sheet = new SheetText(Locale.forLanguageTag(language), code, texts.title(),
                PlainParagraphs.of(texts.petitionHtml()), targets, PlainParagraphs.of(texts.privacyHtml()), campaign.fields().phone());
        SheetDocument.write(sheet, PaperSize.named(paperSize), out);
    }

    private static String addressee(Target target) {
        String line = target.title() == null || target.title().isBlank() ? target.name() : target.name() + ", " + target.title();
        return target.area() == null ? line : line + " (" + target.area() + ")";
    }
}
