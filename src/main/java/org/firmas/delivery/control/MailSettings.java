package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.brand.Brand;

/**
 * How mail leaves: through the configured SMTP server, or, when none is configured, into the
 * outbox folder as .eml files so the embedded default needs no mail server at all.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "firmas.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "firmas.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "firmas.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "firmas.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "firmas.smtp.tls")
    boolean tls;

    @Inject
    @ConfigProperty(name = "firmas.smtp.timeout-millis")
    int timeoutMillis;

    /** How long to wait for the reply to a message's data: a server may take a while to queue it. */
    @Inject
    @ConfigProperty(name = "firmas.smtp.data-end-timeout-millis")
    int dataEndTimeoutMillis;

    @Inject
    @ConfigProperty(name = "firmas.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "firmas.data.dir")
    String dataDir;

    @Inject
    Brand brand;

    public boolean usesSmtp() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public Path outboxFolder() {
        return Path.of(dataDir, "outbox");
    }

    /** FIRMAS_MAIL_FROM, shown under the site settings' mail-from-name when they give one. */
    public InternetAddress sender() {
        InternetAddress address = parse(from).orElseThrow(() -> new IllegalStateException("FIRMAS_MAIL_FROM is not a valid address"));
        return brand.mailFromName().map(name -> named(address, name)).orElse(address);
    }

    private static InternetAddress named(InternetAddress address, String name) {
        try {
            return new InternetAddress(address.getAddress(), name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** FIRMAS_MAIL_FROM as configured, for the start-up check. */
    String configuredSender() {
        return from;
    }

    static Optional<InternetAddress> parse(String address) {
        try {
            return Optional.of(new InternetAddress(address, true));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    private static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    private volatile Session session;

    /** One session for every message: building it per mail costs more than sending to a local relay. */
    public Session session() {
        Session shared = session;
        if (shared == null) {
            shared = newSession();
            session = shared;
        }
        return shared;
    }

    private Session newSession() {
        nameStreamProvider();
        return Session.getInstance(smtpProperties());
    }

    /** A transport of its own for one SMTP session, waiting for the reply to each message's data as configured. */
    PatientSmtpTransport newTransport() {
        nameStreamProvider();
        return PatientSmtpTransport.of(smtpProperties(), timeoutMillis, dataEndTimeoutMillis);
    }

    private Properties smtpProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(port));
        // Jakarta Mail waits forever by default; a silent server must never hang the sender.
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(tls));
        properties.put("mail.smtp.starttls.required", String.valueOf(tls));
        // Payara turns protocol tracing on unless told otherwise; traces would log addresses.
        properties.put("mail.debug", "false");
        return properties;
    }

    /**
     * Jakarta Mail looks up its stream provider for every header word and body part it encodes,
     * and without this property each look-up scans every jar of the application for a service
     * file: a tenth of the server's time in a signing surge went there. The class named is the one
     * that scan finds, the implementation the server ships.
     */
    private static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** The longest a server may take to answer a message's data. */
    public Duration dataEndTimeout() {
        return Duration.ofMillis(dataEndTimeoutMillis);
    }

    public Optional<String> user() {
        return user;
    }

    public Optional<String> password() {
        return password;
    }
}
