package org.firmas.platform.brand;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Reads the site settings while the application deploys, so a setting Firmas cannot use (an
 * unknown key, a malformed colour, a pair of colours below WCAG AA, a missing logo) fails the
 * start with one log line naming it, instead of the first page. A node started through StartNode
 * then exits with status 1.
 */
@Startup
@Singleton
public class BrandCheck {

    private static final Logger LOG = Logger.getLogger(BrandCheck.class.getName());

    @Inject
    Brand brand;

    @PostConstruct
    void check() {
        try {
            brand.getName();
        } catch (RuntimeException e) {
            String reason = "Firmas will not start: " + reason(e);
            LOG.severe(reason);
            throw new IllegalStateException(reason, e);
        }
    }

    /** The settings' own sentence, from under whatever the bean container wrapped it in. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SiteSettingsError) {
                return cause.getMessage();
            }
        }
        return "Site settings: " + failure;
    }
}
