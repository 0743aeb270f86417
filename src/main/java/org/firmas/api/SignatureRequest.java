package org.firmas.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.firmas.campaign.entity.SigningSources;
import org.firmas.platform.JsonBuilders;
import org.firmas.signature.boundary.SignForm;

/**
 * The body of a {@code record_signature_helper} post, read into the sign form's fields:
 * {@code person.given_name}, {@code family_name}, the primary (else first) of
 * {@code email_addresses[].address}, the first {@code postal_addresses[].postal_code},
 * {@code comments}, and {@code firmas:area} for a ZIP code that straddles areas. {@code add_tags} is
 * accepted and kept nowhere; other members are ignored, as OSDI allows. A value of the wrong type is
 * refused with its name; the rules on the values themselves are the form's.
 */
public record SignatureRequest(String givenName, String familyName, String email, String postalCode, String comments,
                               String area) {

    /** The sign form's fields, by the names a request gives them, for naming what broke a rule. */
    static final Map<String, String> FIELD_NAMES = Map.of(
            "firstName", "person.given_name",
            "lastName", "person.family_name",
            "email", "person.email_addresses.address",
            "zip", "person.postal_addresses.postal_code",
            "comment", "comments");

    public static SignatureRequest parse(String body) {
        JsonObject root = object(body);
        if (!(root.get("person") instanceof JsonObject person)) {
            throw new ApiProblem(400, "person must be an object with the signer's given_name, family_name, email_addresses and postal_addresses.");
        }
        if (root.containsKey("add_tags") && !(root.get("add_tags") instanceof JsonArray)) {
            throw new ApiProblem(400, "add_tags must be an array of strings.");
        }
        return new SignatureRequest(text(person, "given_name", "person.given_name"),
                text(person, "family_name", "person.family_name"), email(person), postalCode(person),
                text(root, "comments", "comments"), text(root, "firmas:area", "firmas:area"));
    }

    /** The sign form the request fills, its source the API. */
    public SignForm form() {
        SignForm form = new SignForm();
        form.setFirstName(givenName);
        form.setLastName(familyName);
        form.setEmail(email);
        form.setZip(postalCode);
        form.setComment(comments);
        form.setArea(area);
        form.setSource(SigningSources.API);
        return form;
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiProblem(400, "The body must be a JSON object.");
        }
        try (JsonReader reader = JsonBuilders.reader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiProblem(400, "The body must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (JsonParsingException malformed) {
            throw new ApiProblem(400, "The body is not well-formed JSON (line " + malformed.getLocation().getLineNumber()
                    + ", column " + malformed.getLocation().getColumnNumber() + ").");
        } catch (JsonException malformed) {
            throw new ApiProblem(400, "The body is not well-formed JSON.");
        }
    }

    private static String email(JsonObject person) {
        List<JsonObject> addresses = objects(person, "email_addresses", "person.email_addresses");
        JsonObject chosen = addresses.stream().filter(address -> address.get("primary") == JsonValue.TRUE).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.get(0));
        return chosen == null ? null : text(chosen, "address", "person.email_addresses.address");
    }

    private static String postalCode(JsonObject person) {
        List<JsonObject> addresses = objects(person, "postal_addresses", "person.postal_addresses");
        return addresses.isEmpty() ? null : text(addresses.get(0), "postal_code", "person.postal_addresses.postal_code");
    }

    private static List<JsonObject> objects(JsonObject parent, String member, String name) {
        JsonValue value = parent.get(member);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(item -> !(item instanceof JsonObject))) {
            throw new ApiProblem(400, name + " must be an array of objects.");
        }
        return array.getValuesAs(JsonObject.class);
    }

    private static String text(JsonObject parent, String member, String name) {
        JsonValue value = parent.get(member);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new ApiProblem(400, name + " must be a string.");
        }
        return string.getString();
    }
}
