package org.firmas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data keys in use: the current one, which encrypts and hashes everything new, and previous
 * ones, which only read what was written before a rotation. With the embedded database a key is
 * created in the data folder on first start; with a database server it must be configured, because
 * every node has to share it.
 */
@ApplicationScoped
public class DataKeys {

    static final String KEY_FILE = "data.key";

    @Inject
    @ConfigProperty(name = "firmas.data.key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "firmas.data.previous-keys")
    Optional<String> previous;

    @Inject
    DataFolder dataFolder;

    private DataKey current;
    private final Map<String, DataKey> byId = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        current = DataKey.fromBase64(configured.filter(key -> !key.isBlank()).orElseGet(this::embeddedKey));
        byId.put(current.id(), current);
        previous.ifPresent(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(key -> !key.isEmpty())
                .map(DataKey::fromBase64)
                .forEach(key -> byId.putIfAbsent(key.id(), key)));
    }

    public DataKey current() {
        return current;
    }

    public Optional<DataKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private String embeddedKey() {
        if (!dataFolder.holdsTheDatabase()) {
            throw new IllegalStateException("FIRMAS_DATA_KEY is required with a database server: every node must "
                    + "share it. Create one with: openssl rand -base64 32");
        }
        Path file = dataFolder.ownerOnly().resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] material = new byte[DataKey.MIN_BYTES];
                new SecureRandom().nextBytes(material);
                try (SeekableByteChannel out = OwnerOnly.newFile(file)) {
                    out.write(ByteBuffer.wrap(Base64.getEncoder().encodeToString(material).getBytes(StandardCharsets.US_ASCII)));
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the data key at " + file, e);
        }
    }
}
