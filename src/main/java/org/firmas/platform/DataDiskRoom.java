package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the disk of the embedded database has room left. H2 can lose commits it has already
 * acknowledged when its disk runs full under it, so the embedded default stops taking signatures
 * while less than FIRMAS_DATA_MIN_FREE_MB is free: the signer is asked to try again long before H2
 * meets a full disk. PostgreSQL refuses a commit it cannot write, so it needs no such margin.
 */
@ApplicationScoped
public class DataDiskRoom {

    private static final long MEGABYTE = 1024L * 1024L;
    /** A surge asks for every signature; the file system is asked at most this often. */
    private static final long CHECK_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    @Inject
    DataFolder folder;

    @Inject
    @ConfigProperty(name = "firmas.data.min.free.mb", defaultValue = "64")
    long minimumFreeMegabytes;

    private volatile long checkedAt;
    private volatile boolean checked;
    private volatile boolean room = true;

    /** Always true on PostgreSQL; on H2, false while the data folder's disk is nearly full or unreadable. */
    public boolean enough() {
        if (!folder.holdsTheDatabase()) {
            return true;
        }
        long now = System.nanoTime();
        if (!checked || now - checkedAt > CHECK_INTERVAL_NANOS) {
            room = freeBytes() >= minimumFreeMegabytes * MEGABYTE;
            checkedAt = now;
            checked = true;
        }
        return room;
    }

    private long freeBytes() {
        try {
            return Files.getFileStore(folder.path()).getUsableSpace();
        } catch (IOException unreadable) {
            return 0;
        }
    }
}
