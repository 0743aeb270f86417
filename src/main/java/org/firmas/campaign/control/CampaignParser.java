package org.firmas.campaign.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.DeliveryPolicy;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.firmas.campaign.entity.SignerFields;
import org.firmas.campaign.entity.Target;
import org.firmas.campaign.entity.TimeZones;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.Languages;

/**
 * Reads and validates one campaign definition. Every problem found is reported with file, line
 * and field (a file that is not YAML at all stops at its first); nothing half-valid is ever
 * returned.
 */
public final class CampaignParser {

    /**
     * The languages every campaign must be written in: the site's default, which a page falls back
     * to when the campaign has no texts in the visitor's language. Texts in the site's other
     * languages are the organizers' choice; the campaign is offered in the languages it has.
     */
    public static final List<String> REQUIRED_LANGUAGES = List.of(Languages.defaultLanguage());

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern AREA_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.csv");
    private static final long MAX_GOAL = 100_000_000L;
    private static final long MAX_FINAL_SIGNATURES = 1_000_000_000L;

    /** The most characters a campaign file may have; an upload of this many bytes or fewer always fits. */
    public static final int MAX_FILE_CHARS = 512 * 1024;

    /** Gives the content of a file beside the definition, or empty when there is none. */
    @FunctionalInterface
    public interface SiblingFiles {
        Optional<String> read(String name);

        /** The first bytes of a file beside the definition (enough to tell a picture's type), or empty when there is none. */
        default Optional<byte[]> head(String name) {
            return read(name).map(text -> text.substring(0, Math.min(text.length(), 16)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    private CampaignParser() {
    }

    public static String slugOf(String fileName) {
        return fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - ".yaml".length()) : fileName;
    }

    public static CampaignDefinition parse(String fileName, String content, SiblingFiles siblings)
            throws CampaignFileException {
        String text = CampaignTextRules.withoutByteOrderMark(content);
        CampaignTextRules.checkFile(fileName, text, MAX_FILE_CHARS);
        String slug = slugOf(fileName);
        if (!SLUG.matcher(slug).matches()) {
            throw new CampaignFileException(fileName, 1, "", Kind.FILE_NAME);
        }
        YamlSection root = YamlSection.parse(fileName, text, MAX_FILE_CHARS);
        Mistakes mistakes = new Mistakes();
        root.allowOnly(Set.of("status", "goal", "deadline", "time_zone", "texts", "targets", "delivery", "fields", "areas", "contact",
                "final_signatures", "milestones", "partners", "embed_origins", ImageSection.HEADER_KEY, ImageSection.SHARE_KEY), mistakes);
        // A broken areas table is one mistake; its targets' areas are then not judged against it.
        Optional<Map<String, List<String>>> areas = mistakes.check(() -> Optional.of(areas(root, siblings)), Optional.empty());
        Map<String, CampaignTexts> texts = mistakes.check(() -> texts(root.requiredSection("texts"), mistakes), Map.of());
        CampaignDefinition definition = new CampaignDefinition(
                slug,
                mistakes.check(() -> status(root), CampaignStatus.DRAFT),
                mistakes.check(() -> positive(root, "goal", MAX_GOAL), 1L),
                mistakes.check(() -> deadline(root), null),
                mistakes.check(() -> timeZone(root), CampaignDefinition.DEFAULT_TIME_ZONE),
                texts,
                mistakes.check(() -> targets(root, areas, mistakes), List.of()),
                mistakes.check(() -> delivery(root.optionalSection("delivery"), mistakes), null),
                mistakes.check(() -> fields(root.optionalSection("fields"), mistakes), null),
                areas.orElse(Map.of()),
                mistakes.check(() -> contact(root.optionalSection("contact"), mistakes), null),
                mistakes.check(() -> root.has("final_signatures") ? positive(root, "final_signatures", MAX_FINAL_SIGNATURES) : 0L, 0L),
                mistakes.check(() -> MilestonesSection.read(root, mistakes), List.of()),
                mistakes.check(() -> PartnersSection.read(root, mistakes), List.of()),
                mistakes.check(() -> EmbedOriginsSection.read(root, mistakes), List.of()),
                mistakes.check(() -> ImageSection.read(root, ImageSection.HEADER_KEY, texts.keySet(), siblings, mistakes), null),
                mistakes.check(() -> ImageSection.read(root, ImageSection.SHARE_KEY, texts.keySet(), siblings, mistakes), null));
        mistakes.throwIfAny();
        return definition;
    }

    private static CampaignStatus status(YamlSection root) throws CampaignFileException {
        String value = root.requiredText("status");
        for (CampaignStatus status : CampaignStatus.values()) {
            if (status.name().equalsIgnoreCase(value)) {
                return status;
            }
        }
        throw root.error("status", Kind.NOT_ONE_OF, value, "draft, open, closed, won");
    }

    private static LocalDate deadline(YamlSection root) throws CampaignFileException {
        Optional<String> value = root.optionalText("deadline");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.get());
        } catch (DateTimeParseException e) {
            throw root.error("deadline", Kind.NOT_A_DATE, value.get());
        }
    }

    /** A region's zone id, as the IANA database names it; fixed offsets would miss daylight saving. */
    private static ZoneId timeZone(YamlSection root) throws CampaignFileException {
        Optional<String> value = root.optionalText("time_zone");
        if (value.isEmpty()) {
            return CampaignDefinition.DEFAULT_TIME_ZONE;
        }
        if (!TimeZones.isKnown(value.get())) {
            throw root.error("time_zone", Kind.NOT_A_TIME_ZONE, value.get());
        }
        return ZoneId.of(value.get());
    }

    private static Map<String, CampaignTexts> texts(YamlSection texts, Mistakes mistakes) throws CampaignFileException {
        for (String language : texts.keys()) {
            if (!LANGUAGE.matcher(language).matches()) {
                mistakes.note(texts.errorInName(language, Kind.LANGUAGE_CODE));
            } else if (!Languages.isSupported(language)) {
                mistakes.note(texts.errorInName(language, Kind.NOT_ONE_OF, language, String.join(", ", Languages.all())));
            }
        }
        for (String language : REQUIRED_LANGUAGES) {
            if (!texts.has(language)) {
                mistakes.note(texts.error(language, Kind.LANGUAGE_REQUIRED, REQUIRED_LANGUAGES));
            }
        }
        Map<String, CampaignTexts> byLanguage = new LinkedHashMap<>();
        for (String language : texts.keys()) {
            byLanguage.put(language, textsIn(texts.requiredSection(language), mistakes));
        }
        return Map.copyOf(byLanguage);
    }

    private static CampaignTexts textsIn(YamlSection section, Mistakes mistakes) {
        section.allowOnly(Set.of("title", "summary", "body", "petition", "privacy", "area_question"), mistakes);
        String title = mistakes.check(() -> limited(section, "title", 120), "");
        String summary = mistakes.check(() -> limited(section, "summary", 200), "");
        String body = mistakes.check(() -> section.requiredParagraphs("body"), "");
        String petition = mistakes.check(() -> section.requiredParagraphs("petition"), "");
        String privacy = mistakes.check(() -> section.optionalParagraphs("privacy").orElse(""), "");
        return new CampaignTexts(title, summary,
                body, MarkdownRenderer.toSafeHtml(body),
                petition, MarkdownRenderer.toSafeHtml(petition),
                privacy, MarkdownRenderer.toSafeHtml(privacy),
                mistakes.check(() -> section.has("area_question") ? limited(section, "area_question", 120) : "", ""));
    }

    private static List<Target> targets(YamlSection root, Optional<Map<String, List<String>>> areas, Mistakes mistakes)
            throws CampaignFileException {
        List<Target> targets = new ArrayList<>();
        for (YamlSection target : root.requiredList("targets")) {
            target.allowOnly(Set.of("name", "title", "email", "area", "language"), mistakes);
            String email = mistakes.check(() -> email(target), "");
            String area = mistakes.check(() -> area(target, areas), null);
            String language = mistakes.check(() -> language(target), CampaignDefinition.DEFAULT_LANGUAGE);
            targets.add(new Target(mistakes.check(() -> limited(target, "name", 120), ""),
                    mistakes.check(() -> limited(target, "title", 160), ""), email, area, language));
        }
        return List.copyOf(targets);
    }

    private static String email(YamlSection target) throws CampaignFileException {
        String email = target.requiredText("email");
        if (!EmailSyntax.isValid(email)) {
            throw target.error("email", Kind.NOT_AN_EMAIL, email);
        }
        return email;
    }

    private static String area(YamlSection target, Optional<Map<String, List<String>>> areas) throws CampaignFileException {
        String area = target.optionalText("area").orElse(null);
        if (area != null && areas.isPresent() && areas.get().values().stream().noneMatch(candidates -> candidates.contains(area))) {
            throw target.error("area", Kind.UNKNOWN_AREA, area);
        }
        return area;
    }

    private static String language(YamlSection target) throws CampaignFileException {
        String language = target.optionalText("language").orElse(CampaignDefinition.DEFAULT_LANGUAGE);
        if (!Languages.isSupported(language)) {
            throw target.error("language", Kind.NOT_ONE_OF, language, String.join(", ", Languages.all()));
        }
        return language;
    }

    private static DeliveryPolicy delivery(Optional<YamlSection> section, Mistakes mistakes) {
        if (section.isEmpty()) {
            return new DeliveryPolicy(100, Duration.ofHours(24), true);
        }
        YamlSection delivery = section.get();
        delivery.allowOnly(Set.of("every_signatures", "every_hours", "final_batch"), mistakes);
        long everySignatures = delivery.has("every_signatures")
                ? mistakes.check(() -> positive(delivery, "every_signatures", 1_000_000), 100L) : 100;
        long everyHours = delivery.has("every_hours") ? mistakes.check(() -> positive(delivery, "every_hours", 24L * 366), 24L) : 24;
        boolean finalBatch = !delivery.has("final_batch") || mistakes.check(() -> flag(delivery, "final_batch"), true);
        return new DeliveryPolicy((int) everySignatures, Duration.ofHours(everyHours), finalBatch);
    }

    private static SignerFields fields(Optional<YamlSection> section, Mistakes mistakes) {
        if (section.isEmpty()) {
            return new SignerFields(false, false);
        }
        YamlSection fields = section.get();
        fields.allowOnly(Set.of("phone", "comment"), mistakes);
        return new SignerFields(fields.has("phone") && mistakes.check(() -> flag(fields, "phone"), false),
                fields.has("comment") && mistakes.check(() -> flag(fields, "comment"), false));
    }

    /** The organizer officials may answer: named in their mails and their Reply-To. */
    private static Contact contact(Optional<YamlSection> section, Mistakes mistakes) throws CampaignFileException {
        if (section.isEmpty()) {
            return null;
        }
        YamlSection contact = section.get();
        contact.allowOnly(Set.of("name", "email"), mistakes);
        String email = contact.requiredText("email");
        if (!EmailSyntax.isValid(email)) {
            throw contact.error("email", Kind.NOT_AN_EMAIL, email);
        }
        return new Contact(limited(contact, "name", 120), email);
    }

    private static Map<String, List<String>> areas(YamlSection root, SiblingFiles siblings) throws CampaignFileException {
        Optional<String> name = root.optionalText("areas");
        if (name.isEmpty()) {
            return Map.of();
        }
        if (!AREA_FILE.matcher(name.get()).matches()) {
            throw root.error("areas", Kind.AREAS_FILE_NAME);
        }
        Optional<String> content = siblings.read(name.get());
        if (content.isEmpty()) {
            throw root.error("areas", Kind.AREAS_FILE_MISSING, name.get());
        }
        return AreaTableReader.read(name.get(), content.get());
    }

    static String limited(YamlSection section, String key, int maxLength) throws CampaignFileException {
        String value = section.requiredText(key);
        if (value.length() > maxLength) {
            throw section.error(key, Kind.TOO_LONG, value.length(), maxLength);
        }
        return value;
    }

    private static long positive(YamlSection section, String key, long max) throws CampaignFileException {
        String value = section.requiredText(key).replace("_", "");
        try {
            long number = Long.parseLong(value);
            if (number < 1 || number > max) {
                throw section.error(key, Kind.OUT_OF_RANGE, max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw section.error(key, Kind.NOT_A_NUMBER, value);
        }
    }

    private static boolean flag(YamlSection section, String key) throws CampaignFileException {
        String value = section.requiredText(key);
        return switch (value.toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw section.error(key, Kind.NOT_A_FLAG);
        };
    }
}
