package org.firmas.testsupport;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The mail the embedded default writes as {@code .eml} files to {@code data/outbox} instead of sending it. */
public final class OutboxFolder {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

    private final Path folder;

    /** The outbox of a Firmas started in this working directory with the default data folder. */
    public OutboxFolder(Path workingDirectory) {
        this.folder = workingDirectory.resolve("data/outbox");
    }

    /** Waits for the first mail to the address and returns it. */
    public ReceivedMail awaitMailTo(String address) {
        List<ReceivedMail> mails = Eventually.await(MAIL_TIMEOUT, () -> to(address), found -> !found.isEmpty());
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + address + " in " + folder + " within " + MAIL_TIMEOUT);
        }
        return mails.get(0);
    }

    public List<ReceivedMail> to(String address) {
        return mails().stream().filter(mail -> mail.to().equalsIgnoreCase(address.strip())).toList();
    }

    public List<ReceivedMail> mails() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().map(OutboxFolder::read).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The display name of the sender of the first mail to the address, as a mail reader shows it. */
    public String senderNameOf(String address) {
        awaitMailTo(address);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path eml : files.filter(file -> file.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(eml)) {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                        return ((InternetAddress) message.getFrom()[0]).getPersonal();
                    }
                }
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("No mail to " + address);
    }

    private static ReceivedMail read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return ReceivedMail.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + eml, e);
        }
    }
}
