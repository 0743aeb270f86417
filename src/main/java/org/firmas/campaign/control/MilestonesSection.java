package org.firmas.campaign.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.firmas.campaign.entity.Milestone;
import org.firmas.platform.Languages;

/**
 * Reads a campaign file's {@code milestones}: counts of signatures, each with an optional message
 * per language that reaching it prepares for supporters. Kept apart from the rest of the parser,
 * as the part of the file it reads is.
 */
final class MilestonesSection {

    static final int MOST_MILESTONES = 20;
    static final int MAX_MESSAGE_CHARS = 5_000;
    private static final long MAX_SIGNATURES = 100_000_000L;

    private MilestonesSection() {
    }

    static List<Milestone> read(YamlSection root, Mistakes mistakes) throws CampaignFileException {
        if (!root.has("milestones")) {
            return List.of();
        }
        List<YamlSection> items = root.requiredList("milestones");
        if (items.size() > MOST_MILESTONES) {
            throw root.error("milestones", Kind.TOO_MANY, items.size(), MOST_MILESTONES);
        }
        List<Milestone> milestones = new ArrayList<>();
        for (YamlSection item : items) {
            item.allowOnly(Set.of("signatures", "message"), mistakes);
            long signatures = mistakes.check(() -> signatures(item), -1L);
            Map<String, String> messages = mistakes.check(() -> messages(item.optionalSection("message"), mistakes), Map.of());
            if (signatures > 0 && milestones.stream().anyMatch(earlier -> earlier.signatures() == signatures)) {
                mistakes.note(item.error("signatures", Kind.MILESTONE_TWICE, signatures));
            } else if (signatures > 0) {
                milestones.add(new Milestone(signatures, messages));
            }
        }
        milestones.sort(Comparator.comparingLong(Milestone::signatures));
        return List.copyOf(milestones);
    }

    private static long signatures(YamlSection item) throws CampaignFileException {
        String value = item.requiredText("signatures").replace("_", "");
        try {
            long number = Long.parseLong(value);
            if (number < 1 || number > MAX_SIGNATURES) {
                throw item.error("signatures", Kind.OUT_OF_RANGE, MAX_SIGNATURES);
            }
            return number;
        } catch (NumberFormatException e) {
            throw item.error("signatures", Kind.NOT_A_NUMBER, value);
        }
    }

    private static Map<String, String> messages(Optional<YamlSection> section, Mistakes mistakes) throws CampaignFileException {
        if (section.isEmpty()) {
            return Map.of();
        }
        YamlSection message = section.get();
        message.allowOnly(Set.copyOf(Languages.all()), mistakes);
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : Languages.all()) {
            Optional<String> text = message.optionalParagraphs(language);
            if (text.isPresent() && text.get().length() > MAX_MESSAGE_CHARS) {
                throw message.error(language, Kind.TOO_LONG, text.get().length(), MAX_MESSAGE_CHARS);
            }
            text.ifPresent(value -> byLanguage.put(language, value));
        }
        return byLanguage;
    }
}
