package org.firmas.platform.brand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The organization's logo, a PNG or SVG file in the data folder, read once at start-up. Its
 * content must be what its name says: the type it is served as comes from here.
 */
final class LogoFile {

    private static final int MAX_BYTES = 512 * 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private LogoFile() {
    }

    static SiteSettings.Logo read(Path dataFolder, String name) {
        Path file = dataFolder.resolve(name).normalize();
        if (!file.startsWith(dataFolder.normalize()) || !Files.isRegularFile(file)) {
            throw new SiteSettingsError("Site settings: logo \"" + name + "\" is not a file in the data folder " + dataFolder);
        }
        byte[] bytes = bytes(file, name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") && startsWith(bytes, PNG_SIGNATURE)) {
            return new SiteSettings.Logo(bytes, "image/png");
        }
        if (lower.endsWith(".svg") && new String(bytes, StandardCharsets.UTF_8).contains("<svg")) {
            return new SiteSettings.Logo(bytes, "image/svg+xml");
        }
        throw new SiteSettingsError("Site settings: logo \"" + name + "\" is not an SVG (.svg) or PNG (.png) image");
    }

    private static byte[] bytes(Path file, String name) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SiteSettingsError("Site settings: logo \"" + name + "\" is larger than " + MAX_BYTES / 1024 + " KB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SiteSettingsError("Site settings: cannot read the logo \"" + name + "\" (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
