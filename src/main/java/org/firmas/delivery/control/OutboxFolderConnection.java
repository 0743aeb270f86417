package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.firmas.platform.OwnerOnly;

/**
 * Writes each mail as an .eml file named after its Message-ID: a resend overwrites the same file,
 * and the file appears whole or not at all (written aside, then moved). Folder and files are the
 * server user's alone: the mail names supporters.
 */
final class OutboxFolderConnection implements MailConnection {

    private final Path folder;

    OutboxFolderConnection(Path folder) throws MessagingException {
        this.folder = folder;
        try {
            OwnerOnly.folder(folder, "FIRMAS_DATA_DIR (its outbox folder)");
        } catch (IOException e) {
            throw new MessagingException("Cannot create the outbox folder " + folder, e);
        }
    }

    @Override
    public void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        String name = message.getMessageID().replaceAll("[^A-Za-z0-9@._-]", "");
        Path partial = folder.resolve(name + ".eml.part");
        try {
            Files.deleteIfExists(partial);
            try (OutputStream out = Channels.newOutputStream(OwnerOnly.newFile(partial))) {
                message.writeTo(out);
            }
            Files.move(partial, folder.resolve(name + ".eml"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A full disk leaves a part written: the mail is retried, and the part would only fill it more.
            deleteQuietly(partial);
            throw new MessagingException("Cannot write to the outbox folder", e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException notDeleted) {
            // The retry overwrites it.
        }
    }

    @Override
    public boolean isUsable() {
        return true;
    }

    @Override
    public void close() {
        // Nothing held open.
    }
}
