package org.firmas.platform.brand;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.firmas.platform.EmailSyntax;

/**
 * Turns the settings as written (file and environment merged, by key) into {@link SiteSettings},
 * or stops at the first one Firmas cannot use with a one-line {@link SiteSettingsError} naming it.
 */
final class SiteSettingsParser {

    private static final int MAX_NAME = 80;

    private SiteSettingsParser() {
    }

    /**
     * @param values      the settings by key ({@link SiteSettingsFile#KEYS}), blank ones ignored
     * @param dataFolder  where a logo's file name is looked up
     * @param defaultName the name when none is set
     */
    static SiteSettings parse(Map<String, String> values, Path dataFolder, String defaultName) {
        String name = text(values, "name").orElse(defaultName);
        BrandColours colours = new BrandColours(
                colour(values, BrandColours.PRIMARY).orElse(BrandColours.FIRMAS.primary()),
                colour(values, BrandColours.ACCENT).orElse(BrandColours.FIRMAS.accent()));
        colours.poorContrast().ifPresent(reason -> {
            throw new SiteSettingsError(reason);
        });
        return new SiteSettings(name,
                text(values, "logo").map(file -> LogoFile.read(dataFolder, file)),
                colours,
                text(values, "privacy-contact").map(SiteSettingsParser::privacyContact),
                text(values, "website").map(website -> webAddress("website", website)),
                text(values, "mail-from-name"));
    }

    private static Optional<String> text(Map<String, String> values, String key) {
        Optional<String> value = Optional.ofNullable(values.get(key)).map(String::strip).filter(written -> !written.isEmpty());
        value.filter(written -> written.chars().anyMatch(Character::isISOControl)).ifPresent(written -> {
            throw new SiteSettingsError("Site settings: " + key + " holds a line break or another control character");
        });
        value.filter(written -> key.equals("name") && written.length() > MAX_NAME).ifPresent(written -> {
            throw new SiteSettingsError("Site settings: name is longer than " + MAX_NAME + " characters");
        });
        return value;
    }

    private static Optional<Colour> colour(Map<String, String> values, String key) {
        return text(values, key).map(written -> Colour.parse(written).orElseThrow(() -> new SiteSettingsError(
                "Site settings: " + key + " \"" + written + "\" is not a colour written like #7a1f5c")));
    }

    /** An email address, written as {@code mailto:} for the footer's link, or a web page. */
    private static String privacyContact(String written) {
        if (written.startsWith("http:") || written.startsWith("https:")) {
            return webAddress("privacy-contact", written);
        }
        String address = written.startsWith("mailto:") ? written.substring("mailto:".length()) : written;
        if (!EmailSyntax.isValid(address)) {
            throw new SiteSettingsError("Site settings: privacy-contact \"" + written
                    + "\" is neither an email address nor an http(s) address");
        }
        return "mailto:" + address;
    }

    private static String webAddress(String key, String written) {
        try {
            URI uri = new URI(written);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // said below, with the setting's name
        }
        throw new SiteSettingsError("Site settings: " + key + " \"" + written + "\" is not an http(s) address like https://example.org/");
    }
}
