package org.firmas.platform.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site settings file as an operator writes it, and the one-line refusals of what Firmas cannot use. */
class SiteSettingsParserTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path data;

    @Test
    void noSettingsIsFirmasInItsOwnColours() {
        SiteSettings settings = SiteSettingsParser.parse(SiteSettingsFile.parse("site.yaml", ""), data, "Firmas");
        assertEquals(SiteSettings.FIRMAS, settings);
        assertTrue(BrandColours.FIRMAS.poorContrast().isEmpty(), "Firmas's own colours pass");
    }

    @Test
    void readsEverySetting() throws IOException {
        Files.write(data.resolve("juntos.png"), PNG);
        SiteSettings settings = SiteSettingsParser.parse(SiteSettingsFile.parse("site.yaml", """
                name: Juntos
                logo: juntos.png
                primary-colour: "#0B5394"
                accent-colour: "#073763"
                privacy-contact: privacidad@juntos.example
                website: https://juntos.example/
                mail-from-name: Juntos por la justicia
                """), data, "Firmas");
        assertEquals("Juntos", settings.name());
        assertEquals("image/png", settings.logo().orElseThrow().contentType());
        assertEquals("#0b5394", settings.colours().primary().hex());
        assertEquals("#073763", settings.colours().accent().hex());
        assertEquals(Optional.of("mailto:privacidad@juntos.example"), settings.privacyContact());
        assertEquals(Optional.of("https://juntos.example/"), settings.website());
        assertEquals(Optional.of("Juntos por la justicia"), settings.mailFromName());
    }

    @Test
    void anSvgLogoAndAPrivacyPage() throws IOException {
        Files.writeString(data.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>");
        SiteSettings settings = SiteSettingsParser.parse(Map.of("logo", "logo.svg",
                "privacy-contact", "https://juntos.example/privacidad"), data, "Juntos");
        assertEquals("image/svg+xml", settings.logo().orElseThrow().contentType());
        assertEquals(Optional.of("https://juntos.example/privacidad"), settings.privacyContact());
        assertEquals("Juntos", settings.name(), "the name given when the file names none");
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertEquals("Site settings: unknown setting \"primary-color\" in site.yaml; the settings are name, logo, "
                + "primary-colour, accent-colour, privacy-contact, website, mail-from-name",
                refusal(() -> SiteSettingsFile.parse("site.yaml", "primary-color: \"#000000\"")));
        assertEquals("Site settings: site.yaml must be a list of settings like \"name: Juntos\"",
                refusal(() -> SiteSettingsFile.parse("site.yaml", "- name")));
        assertEquals("Site settings: name in site.yaml must be a single value",
                refusal(() -> SiteSettingsFile.parse("site.yaml", "name:\n  en: Together")));
    }

    @Test
    void aMalformedColourIsNamed() {
        assertEquals("Site settings: accent-colour \"dark blue\" is not a colour written like #7a1f5c",
                refusal(() -> parse(Map.of("accent-colour", "dark blue"))));
    }

    @Test
    void aPairBelowAaIsNamedWithItsRatio() {
        assertEquals("Site settings: white text on primary-colour #ff9900 (header, buttons) has a contrast of 2.14:1, "
                + "below the 4.5:1 WCAG AA asks for text; choose a darker primary-colour",
                refusal(() -> parse(Map.of("primary-colour", "#ff9900"))));
        assertEquals("Site settings: white text on accent-colour #777777 (buttons in focus) has a contrast of 4.48:1, "
                + "below the 4.5:1 WCAG AA asks for text; choose a darker accent-colour",
                refusal(() -> parse(Map.of("accent-colour", "#777777"))));
    }

    @Test
    void aLogoMustBeAnSvgOrPngFileInTheDataFolder() throws IOException {
        assertEquals("Site settings: logo \"missing.png\" is not a file in the data folder " + data,
                refusal(() -> parse(Map.of("logo", "missing.png"))));
        Files.writeString(data.resolve("logo.gif"), "GIF89a");
        assertEquals("Site settings: logo \"logo.gif\" is not an SVG (.svg) or PNG (.png) image",
                refusal(() -> parse(Map.of("logo", "logo.gif"))));
        Files.writeString(data.resolve("fake.png"), "<svg/>");
        assertEquals("Site settings: logo \"fake.png\" is not an SVG (.svg) or PNG (.png) image",
                refusal(() -> parse(Map.of("logo", "fake.png"))), "the content must be what the name says");
        assertTrue(refusal(() -> parse(Map.of("logo", "../site.yaml"))).contains("is not a file in the data folder"));
    }

    @Test
    void linksMustBeWebOrMailAddresses() {
        assertEquals("Site settings: website \"juntos.example\" is not an http(s) address like https://example.org/",
                refusal(() -> parse(Map.of("website", "juntos.example"))));
        assertEquals("Site settings: website \"javascript:alert(1)\" is not an http(s) address like https://example.org/",
                refusal(() -> parse(Map.of("website", "javascript:alert(1)"))));
        assertEquals("Site settings: privacy-contact \"https://\" is not an http(s) address like https://example.org/",
                refusal(() -> parse(Map.of("privacy-contact", "https://"))));
        assertEquals("Site settings: privacy-contact \"nobody\" is neither an email address nor an http(s) address",
                refusal(() -> parse(Map.of("privacy-contact", "nobody"))));
        assertEquals("Site settings: mail-from-name holds a line break or another control character",
                refusal(() -> parse(Map.of("mail-from-name", "Juntos\r\nBcc: x@example.org"))));
    }

    private SiteSettings parse(Map<String, String> values) {
        return SiteSettingsParser.parse(values, data, "Firmas");
    }

    private static String refusal(org.junit.jupiter.api.function.Executable reading) {
        return assertThrows(SiteSettingsError.class, reading).getMessage();
    }
}
