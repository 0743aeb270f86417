package org.firmas.campaign.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Target;

/**
 * Writes a definition back in the campaign file format, so a console campaign can be exported as
 * a file and a file read back gives the same definition. One-line values are double-quoted (no
 * text can then be mistaken for a number, a date or YAML syntax); longer texts are literal blocks,
 * as a person would write them.
 */
public final class CampaignYamlWriter {

    private CampaignYamlWriter() {
    }

    /** The file text; {@code areasFile} names the areas table, null when the campaign routes no areas. */
    public static String write(CampaignDefinition campaign, String areasFile) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("status: ").append(campaign.status().name().toLowerCase(Locale.ROOT)).append('\n');
        yaml.append("goal: ").append(campaign.goal()).append('\n');
        if (campaign.deadline() != null) {
            yaml.append("deadline: ").append(campaign.deadline()).append('\n');
        }
        if (campaign.finalSignatures() > 0) {
            yaml.append("final_signatures: ").append(campaign.finalSignatures()).append('\n');
        }
        yaml.append("texts:\n");
        for (String language : languagesInOrder(campaign.texts())) {
            CampaignTexts texts = campaign.texts().get(language);
            yaml.append("  ").append(language).append(":\n");
            value(yaml, 4, "title", texts.title());
            value(yaml, 4, "summary", texts.summary());
            value(yaml, 4, "body", texts.body());
            value(yaml, 4, "petition", texts.petition());
            if (texts.privacy() != null && !texts.privacy().isBlank()) {
                value(yaml, 4, "privacy", texts.privacy());
            }
        }
        yaml.append("targets:\n");
        for (Target target : campaign.targets()) {
            yaml.append("  - name: ").append(quoted(target.name())).append('\n');
            value(yaml, 4, "title", target.title());
            value(yaml, 4, "email", target.email());
            if (target.area() != null && !target.area().isBlank()) {
                value(yaml, 4, "area", target.area());
            }
            yaml.append("    language: ").append(target.language()).append('\n');
        }
        yaml.append("delivery:\n");
        yaml.append("  every_signatures: ").append(campaign.delivery().everySignatures()).append('\n');
        yaml.append("  every_hours: ").append(campaign.delivery().every().toHours()).append('\n');
        yaml.append("  final_batch: ").append(campaign.delivery().finalBatch()).append('\n');
        yaml.append("fields:\n");
        yaml.append("  phone: ").append(campaign.fields().phone()).append('\n');
        yaml.append("  comment: ").append(campaign.fields().comment()).append('\n');
        if (areasFile != null) {
            yaml.append("areas: ").append(quoted(areasFile)).append('\n');
        }
        return yaml.toString();
    }

    private static List<String> languagesInOrder(Map<String, CampaignTexts> texts) {
        List<String> languages = new ArrayList<>(CampaignParser.REQUIRED_LANGUAGES.stream().filter(texts::containsKey).toList());
        texts.keySet().stream().filter(language -> !languages.contains(language)).sorted().forEach(languages::add);
        return languages;
    }

    private static void value(StringBuilder yaml, int indent, String key, String text) {
        String value = text == null ? "" : text;
        yaml.append(" ".repeat(indent)).append(key).append(':');
        String block = blockText(value);
        if (!block.contains("\n")) {
            yaml.append(' ').append(quoted(value)).append('\n');
            return;
        }
        yaml.append(" |\n");
        for (String line : block.split("\n", -1)) {
            yaml.append(line.isEmpty() ? "" : " ".repeat(indent + 2) + line).append('\n');
        }
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

    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
