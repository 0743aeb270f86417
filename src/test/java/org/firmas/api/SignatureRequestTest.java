package org.firmas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.firmas.signature.boundary.SignForm;
import org.junit.jupiter.api.Test;

class SignatureRequestTest {

    @Test
    void readsTheSignerInOsdiNamesIntoTheSignForm() {
        SignatureRequest request = SignatureRequest.parse("""
                {"person": {"given_name": "Ana", "family_name": "Ruiz",
                            "email_addresses": [{"address": "other@example.org"}, {"address": "ana@example.org", "primary": true}],
                            "postal_addresses": [{"postal_code": "19601"}, {"postal_code": "10001"}],
                            "phone_numbers": [{"number": "555"}]},
                 "comments": "For my neighbours", "add_tags": ["volunteer"], "firmas:area": "Pike",
                 "identifiers": ["partner:42"]}
                """);
        SignForm form = request.form();

        assertEquals("Ana", form.getFirstName());
        assertEquals("Ruiz", form.getLastName());
        assertEquals("ana@example.org", form.getEmail(), "the primary address, wherever it is listed");
        assertEquals("19601", form.getZip(), "the first postal address");
        assertEquals("For my neighbours", form.getComment());
        assertEquals("Pike", form.getArea());
        assertEquals("api", form.getSource());
    }

    @Test
    void withoutAPrimaryAddressTheFirstIsTakenAndMissingPartsStayEmpty() {
        SignatureRequest request = SignatureRequest.parse("""
                {"person": {"given_name": "Ana", "email_addresses": [{"address": "first@example.org"}, {"address": "second@example.org"}]}}
                """);

        assertEquals("first@example.org", request.email());
        assertNull(request.familyName());
        assertNull(request.postalCode());
        assertNull(request.comments());
    }

    @Test
    void malformedJsonIsNamedAsSuch() {
        assertRefused("{\"person\": {\"given_name\": \"Ana\"", "not well-formed JSON");
        assertRefused("", "must be a JSON object");
        assertRefused("[1, 2]", "must be a JSON object");
        assertRefused("\"a string\"", "must be a JSON object");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithItsName() {
        assertRefused("{}", "person must be an object");
        assertRefused("{\"person\": \"Ana Ruiz\"}", "person must be an object");
        assertRefused("{\"person\": {\"given_name\": 42}}", "person.given_name must be a string");
        assertRefused("{\"person\": {\"email_addresses\": {\"address\": \"a@example.org\"}}}", "person.email_addresses must be an array of objects");
        assertRefused("{\"person\": {\"email_addresses\": [\"a@example.org\"]}}", "person.email_addresses must be an array of objects");
        assertRefused("{\"person\": {\"email_addresses\": [{\"address\": true}]}}", "person.email_addresses.address must be a string");
        assertRefused("{\"person\": {\"postal_addresses\": [{\"postal_code\": 19601}]}}", "person.postal_addresses.postal_code must be a string");
        assertRefused("{\"person\": {}, \"comments\": [\"a\"]}", "comments must be a string");
        assertRefused("{\"person\": {}, \"add_tags\": \"volunteer\"}", "add_tags must be an array");
    }

    private static void assertRefused(String body, String expected) {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> SignatureRequest.parse(body));
        assertEquals(400, problem.status());
        String answer = problem.body().getString("error");
        assertTrue(answer.contains(expected), answer);
    }
}
