package org.firmas.platform;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Folders and files that hold personal data (the embedded database, the data key, the mail
 * outbox) readable by the server's own user only: folders 0700, files 0600, whatever the umask.
 * A file another library creates inside such a folder (H2's) is out of others' reach with it.
 * On a file system without POSIX permissions (Windows) the folder's own access rules apply.
 */
public final class OwnerOnly {

    private static final Logger LOG = Logger.getLogger(OwnerOnly.class.getName());
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * Creates the folder, and any missing parent, or closes an existing one to others when this
     * process owns it. A folder someone else owns (a volume mounted for a random uid, say) is left
     * as it is, with a warning naming the setting only.
     */
    public static Path folder(Path folder, String setting) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!Files.isDirectory(absolute) && absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        try {
            if (!Files.isDirectory(absolute)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
            } else if (!ownedByThisProcess(absolute)) {
                leftOpen(setting, "it belongs to another user");
                return folder;
            }
            // The umask may have taken bits away at creation, and a folder from an older release is open to all.
            Files.setPosixFilePermissions(absolute, FOLDER);
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(absolute);
        } catch (FileSystemException refused) {
            if (!Files.isDirectory(absolute)) {
                throw refused;
            }
            leftOpen(setting, "the server may not change its permissions");
        }
        return folder;
    }

    private static void leftOpen(String setting, String why) {
        LOG.warning(() -> "The folder of " + setting + " is left with its permissions, as " + why
                + "; make sure only the server's user can read it");
    }

    /** Whether the folder's owner is the user this process runs as, which {@code /proc/self} belongs to on Linux. */
    static boolean ownedByThisProcess(Path folder) throws IOException {
        UserPrincipal owner = Files.getOwner(folder);
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            return owner.equals(Files.getOwner(self));
        }
        return owner.getName().equals(System.getProperty("user.name"));
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
