package org.firmas.campaign.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.ImageReference;
import org.firmas.campaign.entity.Milestone;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Languages;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Writes a definition back in the campaign file format, so a console campaign can be exported as
 * a file and a file read back gives the same definition. One-line values are double-quoted (no
 * text can then be mistaken for a number, a date or YAML syntax); longer texts are literal blocks,
 * as a person would write them.
 */
public final class CampaignYamlWriter {

    /** A one-line text, always in double quotes. */
    private record Quoted(String text) {
    }

    /** A text of several lines, as a literal block. */
    private record Block(String text) {
    }

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setDefaultScalarStyle(ScalarStyle.PLAIN)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setSplitLines(false)
            .setWidth(Integer.MAX_VALUE)
            .build();

    private CampaignYamlWriter() {
    }

    /** The file text; {@code areasFile} names the areas table, null when the campaign routes no areas. */
    public static String write(CampaignDefinition campaign, String areasFile) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("status", campaign.status().name().toLowerCase(Locale.ROOT));
        file.put("goal", campaign.goal());
        if (campaign.deadline() != null) {
            file.put("deadline", campaign.deadline().toString());
        }
        if (!campaign.timeZone().equals(CampaignDefinition.DEFAULT_TIME_ZONE)) {
            file.put("time_zone", new Quoted(campaign.timeZone().getId()));
        }
        if (campaign.finalSignatures() > 0) {
            file.put("final_signatures", campaign.finalSignatures());
        }
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String language : languagesInOrder(campaign.texts())) {
            texts.put(language, texts(campaign.texts().get(language)));
        }
        file.put("texts", texts);
        file.put("targets", campaign.targets().stream().map(CampaignYamlWriter::target).toList());
        if (campaign.contact() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", text(campaign.contact().name()));
            contact.put("email", text(campaign.contact().email()));
            file.put("contact", contact);
        }
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("every_signatures", campaign.delivery().everySignatures());
        delivery.put("every_hours", campaign.delivery().every().toHours());
        delivery.put("final_batch", campaign.delivery().finalBatch());
        file.put("delivery", delivery);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("phone", campaign.fields().phone());
        fields.put("comment", campaign.fields().comment());
        file.put("fields", fields);
        if (areasFile != null) {
            file.put("areas", new Quoted(areasFile));
        }
        if (!campaign.milestones().isEmpty()) {
            file.put("milestones", campaign.milestones().stream().map(CampaignYamlWriter::milestone).toList());
        }
        if (!campaign.partners().isEmpty()) {
            file.put("partners", campaign.partners().stream().map(CampaignYamlWriter::partner).toList());
        }
        if (!campaign.embedOrigins().isEmpty()) {
            file.put("embed_origins", campaign.embedOrigins().stream().map(Quoted::new).toList());
        }
        if (campaign.image() != null) {
            file.put(ImageSection.HEADER_KEY, image(campaign.image()));
        }
        if (campaign.shareImage() != null) {
            file.put(ImageSection.SHARE_KEY, image(campaign.shareImage()));
        }
        return dump(file, tabStandIn(campaign));
    }

    private static Map<String, Object> image(ImageReference reference) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("file", new Quoted(reference.file()));
        image.put("alt", byLanguage(reference.altTexts()));
        return image;
    }

    private static Map<String, Object> texts(CampaignTexts texts) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("title", text(texts.title()));
        written.put("summary", text(texts.summary()));
        written.put("body", text(texts.body()));
        written.put("petition", text(texts.petition()));
        if (texts.privacy() != null && !texts.privacy().isBlank()) {
            written.put("privacy", text(texts.privacy()));
        }
        if (texts.areaQuestion() != null && !texts.areaQuestion().isBlank()) {
            written.put("area_question", text(texts.areaQuestion()));
        }
        return written;
    }

    private static Map<String, Object> target(Target target) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("name", new Quoted(target.name()));
        written.put("title", text(target.title()));
        written.put("email", text(target.email()));
        if (target.area() != null && !target.area().isBlank()) {
            written.put("area", text(target.area()));
        }
        written.put("language", target.language());
        return written;
    }

    private static Map<String, Object> milestone(Milestone milestone) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("signatures", milestone.signatures());
        if (milestone.hasMessage()) {
            written.put("message", byLanguage(milestone.messages()));
        }
        return written;
    }

    private static Map<String, Object> partner(Partner partner) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("key", new Quoted(partner.key()));
        written.put("name", new Quoted(partner.name()));
        if (partner.logo() != null) {
            written.put("logo", new Quoted(partner.logo()));
        }
        written.put("website", new Quoted(partner.website()));
        if (partner.asksOptIn()) {
            written.put("opt_in", byLanguage(partner.optIn()));
        }
        return written;
    }

    /** A text per language, in the languages' usual order. */
    private static Map<String, Object> byLanguage(Map<String, String> texts) {
        Map<String, Object> written = new LinkedHashMap<>();
        Languages.all().stream().filter(texts::containsKey)
                .forEach(language -> written.put(language, text(texts.get(language))));
        return written;
    }

    private static List<String> languagesInOrder(Map<String, CampaignTexts> texts) {
        List<String> languages = new ArrayList<>(Languages.all().stream().filter(texts::containsKey).toList());
        texts.keySet().stream().filter(language -> !languages.contains(language)).sorted().forEach(languages::add);
        return languages;
    }

    /** A text that keeps line breaks after cleaning becomes a block; any other is quoted as it is. */
    private static Object text(String text) {
        String value = text == null ? "" : text;
        String block = blockText(value);
        // The closing line break gives a plain "|"; the parser strips it again.
        return block.contains("\n") ? new Block(block + "\n") : new Quoted(value);
    }

    /** Text fit for a literal block: YAML line breaks only, no characters a block may not hold. */
    private static String blockText(String value) {
        String normalized = value.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u0085', '\n').replace('\u2028', '\n').replace('\u2029', '\n').strip();
        StringBuilder printable = new StringBuilder(normalized.length());
        normalized.codePoints()
                .filter(c -> c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && c != 0xfeff))
                .forEach(printable::appendCodePoint);
        return printable.toString();
    }

    /**
     * snakeyaml-engine writes no tab into a literal block (it falls back to a quoted line), yet
     * Markdown texts may indent with tabs: blocks pass the emitter with a private-use character
     * that no text of this campaign holds, which becomes a tab again in the written file.
     */
    private static String dump(Map<String, Object> file, char tabStandIn) {
        StandardRepresenter representer = new StandardRepresenter(SETTINGS) {
            {
                representers.put(Quoted.class, quoted -> representScalar(Tag.STR, ((Quoted) quoted).text(), ScalarStyle.DOUBLE_QUOTED));
                representers.put(Block.class, block -> representScalar(Tag.STR,
                        ((Block) block).text().replace('\t', tabStandIn), ScalarStyle.LITERAL));
            }
        };
        return new Dump(SETTINGS, representer).dumpToString(file).replace(tabStandIn, '\t');
    }

    private static char tabStandIn(CampaignDefinition campaign) {
        String written = campaign.toString();
        for (char candidate = '\uE000'; candidate < '\uF8FF'; candidate++) {
            if (written.indexOf(candidate) < 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("Campaign " + campaign.slug() + " uses every private-use character");
    }
}
