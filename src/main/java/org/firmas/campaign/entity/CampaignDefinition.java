package org.firmas.campaign.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firmas.platform.Languages;

/**
 * Everything a campaign file says, validated. Immutable; a changed file yields a new definition.
 * The contact is null when the campaign names none (the organization's settings stand in).
 * {@code finalSignatures} is the count recorded when the campaign ended (0 when none was), for a
 * campaign whose signatures were gathered partly or wholly outside Firmas. The deadline, when there
 * is one, is a day in the campaign's time zone: the campaign closes itself when that day ends there.
 * {@code milestones} are in increasing order of signatures, none twice. {@code partners} each
 * have their own key, none of them a share channel's. {@code areasByZip} gives each ZIP code its
 * candidate areas: one, or several for a ZIP code that straddles area lines. {@code embedOrigins}
 * are the sites (origins such as {@code https://partner.org}) that may show the sign form in a frame.
 * {@code image} is the header image a file names beside itself, or null; {@code shareImage} the
 * picture for link previews it names, or null (previews then show the header image).
 */
public record CampaignDefinition(
        String slug,
        CampaignStatus status,
        long goal,
        LocalDate deadline,
        ZoneId timeZone,
        Map<String, CampaignTexts> texts,
        List<Target> targets,
        DeliveryPolicy delivery,
        SignerFields fields,
        Map<String, List<String>> areasByZip,
        Contact contact,
        long finalSignatures,
        List<Milestone> milestones,
        List<Partner> partners,
        List<String> embedOrigins,
        ImageReference image,
        ImageReference shareImage) {

    public static final String DEFAULT_LANGUAGE = Languages.defaultLanguage();

    /** The zone of a campaign that names none: Firmas began with campaigns on the East Coast. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("America/New_York");

    public CampaignDefinition {
        milestones = List.copyOf(milestones);
        partners = List.copyOf(partners);
        embedOrigins = List.copyOf(embedOrigins);
    }

    /** A campaign without a share image in its file. */
    public CampaignDefinition(String slug, CampaignStatus status, long goal, LocalDate deadline, ZoneId timeZone,
                              Map<String, CampaignTexts> texts, List<Target> targets, DeliveryPolicy delivery, SignerFields fields,
                              Map<String, List<String>> areasByZip, Contact contact, long finalSignatures, List<Milestone> milestones,
                              List<Partner> partners, List<String> embedOrigins, ImageReference image) {
        this(slug, status, goal, deadline, timeZone, texts, targets, delivery, fields, areasByZip, contact, finalSignatures, milestones,
                partners, embedOrigins, image, null);
    }

    /** A campaign without a header image in its file. */
    public CampaignDefinition(String slug, CampaignStatus status, long goal, LocalDate deadline, ZoneId timeZone,
                              Map<String, CampaignTexts> texts, List<Target> targets, DeliveryPolicy delivery, SignerFields fields,
                              Map<String, List<String>> areasByZip, Contact contact, long finalSignatures, List<Milestone> milestones,
                              List<Partner> partners, List<String> embedOrigins) {
        this(slug, status, goal, deadline, timeZone, texts, targets, delivery, fields, areasByZip, contact, finalSignatures, milestones,
                partners, embedOrigins, null);
    }

    /** A campaign without partners, that no other site may frame. */
    public CampaignDefinition(String slug, CampaignStatus status, long goal, LocalDate deadline, ZoneId timeZone,
                              Map<String, CampaignTexts> texts, List<Target> targets, DeliveryPolicy delivery, SignerFields fields,
                              Map<String, List<String>> areasByZip, Contact contact, long finalSignatures, List<Milestone> milestones) {
        this(slug, status, goal, deadline, timeZone, texts, targets, delivery, fields, areasByZip, contact, finalSignatures, milestones, List.of(), List.of());
    }

    /** A campaign without milestones. */
    public CampaignDefinition(String slug, CampaignStatus status, long goal, LocalDate deadline, ZoneId timeZone,
                              Map<String, CampaignTexts> texts, List<Target> targets, DeliveryPolicy delivery, SignerFields fields,
                              Map<String, List<String>> areasByZip, Contact contact, long finalSignatures) {
        this(slug, status, goal, deadline, timeZone, texts, targets, delivery, fields, areasByZip, contact, finalSignatures, List.of());
    }

    /** The same campaign with another status: published, closed, won, or open for a preview. */
    public CampaignDefinition withStatus(CampaignStatus changed) {
        return new CampaignDefinition(slug, changed, goal, deadline, timeZone, texts, targets, delivery, fields, areasByZip, contact, finalSignatures, milestones, partners, embedOrigins, image, shareImage);
    }

    /** When the deadline's day ends in the campaign's time zone, or null without a deadline. */
    public Instant closesAt() {
        return deadline == null ? null : ClosingTime.endOf(deadline, timeZone);
    }

    /** Whether the campaign takes signatures at this instant: open, and its deadline's day not over. */
    public boolean takesSignaturesAt(Instant now) {
        return status.takesSignatures() && !pastDeadline(now);
    }

    /** An open campaign whose deadline has passed, which closes itself. */
    public boolean pastDeadline(Instant now) {
        return status.takesSignatures() && deadline != null && !now.isBefore(closesAt());
    }

    /** As the public sees it at this instant: an open campaign past its deadline is closed. */
    public CampaignDefinition asOf(Instant now) {
        return pastDeadline(now) ? withStatus(CampaignStatus.CLOSED) : this;
    }

    /** The texts in the given language, falling back to English. */
    /** The texts in the language asked for, or in the default language when the organizers wrote none in it. */
    public CampaignTexts texts(Locale locale) {
        return texts.get(textsLanguage(locale));
    }

    public String textsLanguage(Locale locale) {
        return texts.containsKey(locale.getLanguage()) ? locale.getLanguage() : DEFAULT_LANGUAGE;
    }

    /** The areas a ZIP code (or ZIP+4) may belong to: none when the campaign routes no areas or the ZIP is unknown. */
    public List<String> areasOf(String zip) {
        if (zip == null || zip.strip().length() < 5) {
            return List.of();
        }
        return areasByZip.getOrDefault(zip.strip().substring(0, 5), List.of());
    }

    /** The area a ZIP code belongs to, or null when it has none or straddles several. */
    public String areaOf(String zip) {
        List<String> candidates = areasOf(zip);
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /**
     * Where a signer's signature goes: a ZIP code with one area settles it whatever was chosen (the
     * signer may have changed the ZIP code after choosing); one that straddles areas needs one of
     * its candidates.
     */
    public AreaChoice areaFor(String zip, String chosen) {
        List<String> candidates = areasOf(zip);
        if (candidates.size() <= 1) {
            return new AreaChoice.Settled(candidates.isEmpty() ? null : candidates.get(0));
        }
        if (chosen != null && candidates.contains(chosen)) {
            return new AreaChoice.Settled(chosen);
        }
        return new AreaChoice.Open(candidates, chosen != null && !chosen.isBlank());
    }

    /** Every area of the areas table, in alphabetical order. */
    public List<String> areas() {
        return areasByZip.values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    /** The partner with this key, or null. */
    public Partner partner(String key) {
        return partners.stream().filter(partner -> partner.key().equals(key)).findFirst().orElse(null);
    }
}
