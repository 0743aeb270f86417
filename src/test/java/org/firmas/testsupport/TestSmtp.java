package org.firmas.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** The real SMTP server the deployed app sends to during integration tests (GreenMail). */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** One server for a whole test class, on the port the app is configured with. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(
                new ServerSetup(Integer.getInteger("firmas.smtpPort", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }
}
