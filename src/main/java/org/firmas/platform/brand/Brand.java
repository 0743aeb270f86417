package org.firmas.platform.brand;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.firmas.platform.DataFolder;

/**
 * The organization's own look as pages and mails use it ({@code #{brand.name}}): read once at
 * start-up from the site settings file (FIRMAS_SITE_SETTINGS, else {@code site.yaml} in the data
 * folder, if there is one), each key overridden by its own environment variable
 * (FIRMAS_SITE_PRIMARY_COLOUR…; the name by FIRMAS_ORGANIZATION_NAME). A setting Firmas cannot
 * use stops the start ({@link BrandCheck}).
 */
@ApplicationScoped
@Named("brand")
public class Brand {

    @Inject
    Config config;

    @Inject
    DataFolder dataFolder;

    private SiteSettings settings;
    private BrandStylesheet stylesheet;
    private String logoVersion;

    @PostConstruct
    void load() {
        Map<String, String> values = new HashMap<>(fileValues());
        for (String key : SiteSettingsFile.KEYS) {
            String property = key.equals("name") ? "firmas.organization.name" : "firmas.site." + key;
            config.getOptionalValue(property, String.class).filter(value -> !value.isBlank())
                    .ifPresent(value -> values.put(key, value));
        }
        settings = SiteSettingsParser.parse(values, dataFolder.path(), nameInMailFrom().orElse(SiteSettings.FIRMAS.name()));
        stylesheet = BrandStylesheet.of(settings.colours());
        logoVersion = settings.logo().map(logo -> BrandStylesheet.version(logo.bytes())).orElse("");
    }

    private Map<String, String> fileValues() {
        Optional<String> named = config.getOptionalValue("firmas.site.settings", String.class).filter(path -> !path.isBlank());
        Path file = named.map(Path::of).orElseGet(() -> dataFolder.path().resolve("site.yaml"));
        if (named.isEmpty() && !Files.exists(file)) {
            return Map.of();
        }
        if (!Files.isRegularFile(file)) {
            throw new SiteSettingsError("Site settings: " + file + (named.isPresent() ? " (FIRMAS_SITE_SETTINGS)" : "")
                    + " is not a file");
        }
        return SiteSettingsFile.read(file);
    }

    /** "Juntos" in FIRMAS_MAIL_FROM="Juntos <peticiones@…>", the name before there were site settings. */
    private Optional<String> nameInMailFrom() {
        try {
            return Optional.ofNullable(new InternetAddress(config.getValue("firmas.mail.from", String.class), true).getPersonal())
                    .filter(personal -> !personal.isBlank());
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    public String getName() {
        return settings.name();
    }

    public boolean isLogo() {
        return settings.logo().isPresent();
    }

    /** The logo's address under the context path, changing with its content so browsers may keep it for a year. */
    public String getLogoPath() {
        return "/brand/logo?v=" + logoVersion;
    }

    /** Whether pages need {@link #getStylesheetPath()}: not with Firmas's own colours, which firmas.css has. */
    public boolean isOwnColours() {
        return !settings.colours().equals(BrandColours.FIRMAS);
    }

    public String getStylesheetPath() {
        return "/brand.css?v=" + stylesheet.version();
    }

    /** The footer's privacy contact, a {@code mailto:} or web address; null when there is none. */
    public String getPrivacyContact() {
        return settings.privacyContact().orElse(null);
    }

    public String getWebsite() {
        return settings.website().orElse(null);
    }

    /** The primary colour, for the header of mails. */
    public String getPrimaryColour() {
        return settings.colours().primary().hex();
    }

    /** The display name of mails' sender, when the settings give one. */
    public Optional<String> mailFromName() {
        return settings.mailFromName();
    }

    Optional<SiteSettings.Logo> logo() {
        return settings.logo();
    }

    BrandStylesheet stylesheet() {
        return stylesheet;
    }
}
