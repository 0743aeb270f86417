package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path home;

    @Test
    void aNewFolderAndItsFilesAreTheOwnersAlone() throws IOException {
        Path outbox = OwnerOnly.folder(home.resolve("data/outbox"), "FIRMAS_DATA_DIR");
        try (SeekableByteChannel out = OwnerOnly.newFile(outbox.resolve("mail.eml"))) {
            out.write(ByteBuffer.wrap(new byte[] {1}));
        }

        assertEquals("rwx------", permissions(outbox));
        assertEquals("rw-------", permissions(outbox.resolve("mail.eml")));
    }

    @Test
    void aFolderAnOlderReleaseLeftOpenIsClosed() throws IOException {
        Path data = Files.createDirectory(home.resolve("data"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnly.folder(data, "FIRMAS_DATA_DIR");

        assertEquals("rwx------", permissions(data));
    }

    @Test
    void aFolderAnotherUserOwnsIsLeftAsItIsWithAWarningNamingTheSettingOnly() throws IOException {
        Path volume = Files.createDirectory(home.resolve("volume"));
        Files.setPosixFilePermissions(volume, PosixFilePermissions.fromString("rwxrwxr-x"));
        // A uid no account has, as a volume mounted for a container's random user; only root may give a folder away.
        try {
            Files.setAttribute(volume, "unix:uid", 54321);
        } catch (FileSystemException | UnsupportedOperationException cannotGiveAway) {
            Assumptions.abort("this process cannot give a folder away");
        }
        List<String> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger(OwnerOnly.class.getName()).addHandler(handler);
        try {
            OwnerOnly.folder(volume, "FIRMAS_DATA_DIR");
        } finally {
            Logger.getLogger(OwnerOnly.class.getName()).removeHandler(handler);
        }

        assertEquals("rwxrwxr-x", permissions(volume), "only its owner may decide who reads it");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("WARNING") && warnings.get(0).contains("FIRMAS_DATA_DIR"), warnings.get(0));
        assertFalse(warnings.get(0).contains(home.toString()), "the setting names the folder: " + warnings.get(0));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
