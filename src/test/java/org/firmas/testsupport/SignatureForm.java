package org.firmas.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What a supporter types into the sign form; named states for the usual cases. */
public final class SignatureForm {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private SignatureForm() {
    }

    /** A complete, valid form with an address no other test uses. */
    public static SignatureForm valid() {
        return new SignatureForm()
                .with("firstName", "Rosa")
                .with("lastName", "Martinez")
                .with("email", "rosa." + UUID.randomUUID().toString().substring(0, 12) + "@example.net")
                .with("zip", "19148");
    }

    public SignatureForm with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    public SignatureForm withEmail(String email) {
        return with("email", email);
    }

    public String get(String field) {
        return fields.get(field);
    }

    Map<String, String> fields() {
        return fields;
    }
}
