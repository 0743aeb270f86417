package org.firmas.platform.brand;

import java.util.Optional;

/**
 * The organization's own look, checked: its name, its logo (read once at start-up), its two
 * colours, the footer's links and the display name of its mails.
 */
public record SiteSettings(String name, Optional<Logo> logo, BrandColours colours, Optional<String> privacyContact,
                           Optional<String> website, Optional<String> mailFromName) {

    /** The look with no settings at all: Firmas in its own colours. */
    public static final SiteSettings FIRMAS = new SiteSettings("Firmas", Optional.empty(), BrandColours.FIRMAS,
            Optional.empty(), Optional.empty(), Optional.empty());

    /** A logo's bytes and the type it is served as. */
    public record Logo(byte[] bytes, String contentType) {
    }
}
