package org.firmas.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * JSON-P's builders and reader from one provider, looked up once. {@code Json.createObjectBuilder()}
 * looks the provider up again on every call, a scan of the service files of every jar on the
 * class path; a confirmation's webhook body took seven such scans, which cost more than the
 * confirmation itself in a surge.
 */
public final class JsonBuilders {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader text) {
        return PROVIDER.createReader(text);
    }
}
