package org.firmas.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real SMTP server (GreenMail) the application sends to during integration tests, on the port
 * it is configured with. Registered as an extension it runs for a whole test class, unless the
 * class {@link StagesItsOwnSmtp stages its own}; such a class starts and stops it itself.
 */
public final class TestSmtp implements BeforeAllCallback, AfterAllCallback {

    public static final int PORT = Integer.getInteger("firmas.smtpPort", 3025);
    private static final Duration PORT_FREED = Duration.ofSeconds(15);

    private GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!context.getRequiredTestClass().isAnnotationPresent(StagesItsOwnSmtp.class)) {
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Starts an empty server as soon as the port is free: a staged server may still be letting go of it. */
    public void start() {
        stop();
        server = Eventually.await(PORT_FREED, TestSmtp::startedOnThePort, started -> started != null);
        if (server == null) {
            throw new IllegalStateException("SMTP port " + PORT + " still held after " + PORT_FREED);
        }
    }

    private static GreenMail startedOnThePort() {
        GreenMail candidate = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            candidate.start();
            return candidate;
        } catch (IllegalStateException portStillHeld) {
            candidate.stop();
            return null;
        }
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public MimeMessage[] receivedMessages() {
        if (server == null) {
            throw new IllegalStateException("The test mail server is not running");
        }
        return server.getReceivedMessages();
    }

    public Mailbox mailbox() {
        return new Mailbox(this);
    }
}
