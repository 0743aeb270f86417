package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path home;

    @Test
    void aNewFolderAndItsFilesAreTheOwnersAlone() throws IOException {
        Path outbox = OwnerOnly.folder(home.resolve("data/outbox"));
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

        OwnerOnly.folder(data);

        assertEquals("rwx------", permissions(data));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
