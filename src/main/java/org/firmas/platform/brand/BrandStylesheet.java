package org.firmas.platform.brand;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code /brand.css}: the brand colours as the custom properties firmas.css draws with, served
 * after it so they win. A file rather than an inline style, which the pages' policy refuses.
 */
record BrandStylesheet(String css, String version) {

    static BrandStylesheet of(BrandColours colours) {
        String css = ":root { --accent: " + colours.primary().hex() + "; --accent-dark: " + colours.accent().hex() + "; }\n";
        return new BrandStylesheet(css, version(css.getBytes(StandardCharsets.UTF_8)));
    }

    /** A short digest of the content, for addresses that change when it does. */
    static String version(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
