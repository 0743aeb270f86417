package org.firmas.platform.brand;

/** A site setting Firmas cannot use; the message is one line naming the setting, for the start-up log. */
public class SiteSettingsError extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SiteSettingsError(String message) {
        super(message);
    }
}
