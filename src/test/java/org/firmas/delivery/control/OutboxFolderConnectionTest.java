package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default's outbox: a mail it could not finish writing (a full disk) leaves no file behind. */
class OutboxFolderConnectionTest {

    @TempDir
    Path folder;

    @Test
    void aMailThatCannotBeWrittenToTheEndLeavesNoPartBehind() throws Exception {
        MimeMessage fillsTheDisk = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write("Message-ID: <supporter-7-1@localhost>\r\n".getBytes());
                throw new IOException("No space left on device");
            }

            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<supporter-7-1@localhost>");
            }
        };
        fillsTheDisk.setText("Confirm your signature");

        assertThrows(MessagingException.class, () -> new OutboxFolderConnection(folder).send(fillsTheDisk));

        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "the failed mail is retried later; nothing half written stays");
        }
    }
}
