package org.firmas.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.firmas.platform.JsonBuilders;

/**
 * An API request refused, answered as a JSON object {@code {"error": "..."}} with its status by
 * {@link ApiProblemAnswer}; thrown where the refusal is found, so no refusal becomes a 500.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final transient JsonObject body;

    public ApiProblem(int status, String message) {
        this(status, JsonBuilders.object().add("error", message));
    }

    /** A refusal that names each broken field, by its name in the request. */
    public ApiProblem(int status, String message, Map<String, String> fields) {
        this(status, JsonBuilders.object().add("error", message).add("firmas:problems", object(fields)));
    }

    ApiProblem(int status, JsonObjectBuilder body) {
        super(null, null, false, false);
        this.status = status;
        this.body = body.build();
    }

    public int status() {
        return status;
    }

    public JsonObject body() {
        return body;
    }

    @Override
    public String getMessage() {
        return body.getString("error");
    }

    private static JsonObject object(Map<String, String> fields) {
        JsonObjectBuilder object = JsonBuilders.object();
        fields.forEach(object::add);
        return object.build();
    }
}
