package org.firmas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells whoever started the server, once per start, where to open it. The address is
 * FIRMAS_BASE_URL, the one mails link to, so a wrong setting shows up in the log before in a mail.
 */
@Startup
@Singleton
public class ServingAddressNotice {

    private static final Logger LOG = Logger.getLogger(ServingAddressNotice.class.getName());

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    @PostConstruct
    void tell() {
        LOG.info(line(baseUrl));
    }

    static String line(String baseUrl) {
        String base = baseUrl.strip().replaceAll("/+$", "");
        return "Firmas serves its campaigns at " + base + "/ and the organizer console at " + base
                + "/organize/ (FIRMAS_BASE_URL)";
    }
}
