package org.firmas.platform;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files that hold personal data (the embedded database, the data key, the mail
 * outbox) readable by the server's own user only: folders 0700, files 0600, whatever the umask.
 * A file another library creates inside such a folder (H2's) is out of others' reach with it.
 * On a file system without POSIX permissions (Windows) the folder's own access rules apply.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder, and any missing parent, or closes an existing one to others. */
    public static Path folder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!Files.isDirectory(absolute) && absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        try {
            if (!Files.isDirectory(absolute)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
            }
            // The umask may have taken bits away at creation, and a folder from an older release is open to all.
            Files.setPosixFilePermissions(absolute, FOLDER);
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(absolute);
        }
        return folder;
    }

    /** Opens a new file for writing, readable by the owner only from the moment it exists. */
    public static SeekableByteChannel newFile(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            return Files.newByteChannel(file, options);
        }
    }
}
