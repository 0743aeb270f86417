package org.firmas.campaign.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.SigningSources;
import org.firmas.platform.Languages;

/**
 * Reads a campaign file's {@code partners}: organizations that gather signatures with their own
 * key, each with a name, a website, maybe a logo on this site and an opt-in text per language.
 */
final class PartnersSection {

    static final int MOST_PARTNERS = 50;
    static final int MAX_OPT_IN_CHARS = 200;
    /** A path on this site: no scheme, no host, nothing a browser would fetch from elsewhere. */
    private static final Pattern LOGO = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9._/-]{0,200}");

    private PartnersSection() {
    }

    static List<Partner> read(YamlSection root, Mistakes mistakes) throws CampaignFileException {
        if (!root.has("partners")) {
            return List.of();
        }
        List<YamlSection> items = root.requiredList("partners");
        if (items.size() > MOST_PARTNERS) {
            throw root.error("partners", Kind.TOO_MANY, items.size(), MOST_PARTNERS);
        }
        List<Partner> partners = new ArrayList<>();
        for (YamlSection item : items) {
            item.allowOnly(Set.of("key", "name", "logo", "website", "opt_in"), mistakes);
            String key = mistakes.check(() -> key(item), null);
            String name = mistakes.check(() -> CampaignParser.limited(item, "name", 120), "");
            String logo = mistakes.check(() -> logo(item), null);
            String website = mistakes.check(() -> website(item), "");
            Map<String, String> optIn = mistakes.check(() -> optIn(item.optionalSection("opt_in"), mistakes), Map.of());
            if (key != null && partners.stream().anyMatch(earlier -> earlier.key().equals(key))) {
                mistakes.note(item.error("key", Kind.PARTNER_TWICE, key));
            } else if (key != null) {
                partners.add(new Partner(key, name, logo, website, optIn));
            }
        }
        return List.copyOf(partners);
    }

    private static String key(YamlSection item) throws CampaignFileException {
        String key = item.requiredText("key");
        if (!SigningSources.SAFE.matcher(key).matches()) {
            throw item.error("key", Kind.PARTNER_KEY, key);
        }
        if (SigningSources.RESERVED.contains(key)) {
            throw item.error("key", Kind.PARTNER_KEY_RESERVED, SigningSources.RESERVED, key);
        }
        return key;
    }

    private static String logo(YamlSection item) throws CampaignFileException {
        Optional<String> logo = item.optionalText("logo");
        if (logo.isPresent() && (!LOGO.matcher(logo.get()).matches() || logo.get().contains("//") || logo.get().contains(".."))) {
            throw item.error("logo", Kind.LOGO_NOT_ON_SITE, logo.get());
        }
        return logo.orElse(null);
    }

    private static String website(YamlSection item) throws CampaignFileException {
        String website = CampaignParser.limited(item, "website", 300);
        try {
            URI uri = new URI(website);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null) {
                return website;
            }
        } catch (URISyntaxException e) {
            // answered below, as any other address that is not a plain https one
        }
        throw item.error("website", Kind.NOT_HTTPS, website);
    }

    private static Map<String, String> optIn(Optional<YamlSection> section, Mistakes mistakes) throws CampaignFileException {
        if (section.isEmpty()) {
            return Map.of();
        }
        YamlSection texts = section.get();
        texts.allowOnly(Set.copyOf(Languages.all()), mistakes);
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : Languages.all()) {
            if (texts.has(language)) {
                byLanguage.put(language, CampaignParser.limited(texts, language, MAX_OPT_IN_CHARS));
            }
        }
        return byLanguage;
    }
}
