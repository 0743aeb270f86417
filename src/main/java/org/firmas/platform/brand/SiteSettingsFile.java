package org.firmas.platform.brand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The site settings file, {@code site.yaml}: one flat map of the keys below to plain values.
 * A key it does not know is a mistake (a misspelt colour would silently keep Firmas's), not
 * something to skip.
 */
final class SiteSettingsFile {

    static final List<String> KEYS = List.of("name", "logo", BrandColours.PRIMARY, BrandColours.ACCENT,
            "privacy-contact", "website", "mail-from-name");

    private SiteSettingsFile() {
    }

    /** The settings the file holds, by key; every value as written, as text. */
    static Map<String, String> read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteSettingsError("Site settings: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        return parse(file.toString(), content);
    }

    static Map<String, String> parse(String file, String content) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).build()).loadFromString(content);
        } catch (YamlEngineException e) {
            throw new SiteSettingsError("Site settings: " + file + " is not YAML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> entries)) {
            throw new SiteSettingsError("Site settings: " + file + " must be a list of settings like \"name: Juntos\"");
        }
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new SiteSettingsError("Site settings: unknown setting \"" + key + "\" in " + file + "; the settings are "
                        + String.join(", ", KEYS));
            }
            if (value instanceof Map || value instanceof List) {
                throw new SiteSettingsError("Site settings: " + key + " in " + file + " must be a single value");
            }
            if (value != null) {
                values.put(String.valueOf(key), String.valueOf(value));
            }
        });
        return values;
    }
}
