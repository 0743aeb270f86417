package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * FIRMAS_DATA_DIR, where the embedded default keeps its H2 files and its data key, closed to
 * other users of the machine.
 */
@ApplicationScoped
public class DataFolder {

    @Inject
    @ConfigProperty(name = "firmas.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "firmas.data.dir")
    String dataDir;

    /** True on the embedded default: the database lives in this folder. */
    public boolean holdsTheDatabase() {
        return databaseUrl.startsWith("jdbc:h2:");
    }

    /** The folder as configured, without creating it. */
    public Path path() {
        return Path.of(dataDir);
    }

    /** The folder, created or closed to others (0700) first. */
    public Path ownerOnly() {
        try {
            return OwnerOnly.folder(Path.of(dataDir), "FIRMAS_DATA_DIR");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + dataDir, e);
        }
    }
}
