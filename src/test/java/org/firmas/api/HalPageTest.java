package org.firmas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class HalPageTest {

    private static final String COLLECTION = "https://firmas.example/api/osdi/v1/petitions/7/signatures";

    @Test
    void withoutParametersTheFirstPageOfTwentyFive() {
        HalPage page = HalPage.asked(null, "", 60);

        assertEquals(1, page.page());
        assertEquals(25, page.perPage());
        assertEquals(3, page.totalPages());
        assertEquals(0, page.offset());
    }

    @Test
    void aMiddlePageLinksBothWaysAndEmbedsItsItems() {
        JsonObject envelope = HalPage.asked("2", "10", 25).envelope(COLLECTION, "osdi:signatures", items(11, 12),
                Json.createObjectBuilder());

        assertEquals(3, envelope.getInt("total_pages"));
        assertEquals(10, envelope.getInt("per_page"));
        assertEquals(2, envelope.getInt("page"));
        assertEquals(25, envelope.getInt("total_records"));
        JsonObject links = envelope.getJsonObject("_links");
        assertEquals(COLLECTION + "?page=2&per_page=10", links.getJsonObject("self").getString("href"));
        assertEquals(COLLECTION + "?page=3&per_page=10", links.getJsonObject("next").getString("href"));
        assertEquals(COLLECTION + "?page=1&per_page=10", links.getJsonObject("prev").getString("href"));
        assertEquals("s/12", links.getJsonArray("osdi:signatures").getJsonObject(1).getString("href"));
        assertEquals(2, envelope.getJsonObject("_embedded").getJsonArray("osdi:signatures").size());
    }

    @Test
    void theLastPageHasNoNextAndTheFirstNoPrevious() {
        JsonObject last = HalPage.asked("3", "10", 25).envelope(COLLECTION, "osdi:signatures", items(21), Json.createObjectBuilder());
        JsonObject first = HalPage.asked("1", "10", 25).envelope(COLLECTION, "osdi:signatures", items(1), Json.createObjectBuilder());

        assertFalse(last.getJsonObject("_links").containsKey("next"));
        assertTrue(last.getJsonObject("_links").containsKey("prev"));
        assertFalse(first.getJsonObject("_links").containsKey("prev"));
        assertTrue(first.getJsonObject("_links").containsKey("next"));
    }

    @Test
    void aPagePastTheEndIsEmptyAndPointsBackToTheLastPage() {
        HalPage page = HalPage.asked("9", "10", 25);
        JsonObject envelope = page.envelope(COLLECTION, "osdi:signatures", Json.createArrayBuilder().build(), Json.createObjectBuilder());

        assertEquals(25, page.offset(), "nothing to skip past the last record");
        assertEquals(COLLECTION + "?page=3&per_page=10", envelope.getJsonObject("_links").getJsonObject("prev").getString("href"));
        assertFalse(envelope.getJsonObject("_links").containsKey("next"));
    }

    @Test
    void anEmptyCollectionHasNoPages() {
        HalPage page = HalPage.asked("1", "25", 0);

        assertEquals(0, page.totalPages());
        assertEquals(0, page.offset());
    }

    @Test
    void parametersOutsideTheirRangeAreRefusedByName() {
        assertEquals(400, assertThrows(ApiProblem.class, () -> HalPage.asked("0", null, 5)).status());
        assertTrue(message(() -> HalPage.asked("two", null, 5)).contains("page must be a whole number from 1"));
        assertTrue(message(() -> HalPage.asked(null, "101", 5)).contains("per_page must be a whole number from 1 to 100"));
        assertTrue(message(() -> HalPage.asked("99999999999", null, 5)).contains("page"));
        assertEquals(100, HalPage.asked(null, "100", 5).perPage());
    }

    private static String message(org.junit.jupiter.api.function.Executable asking) {
        return assertThrows(ApiProblem.class, asking).getMessage();
    }

    private static JsonArray items(int... ids) {
        var items = Json.createArrayBuilder();
        for (int id : ids) {
            items.add(Json.createObjectBuilder().add("_links", Json.createObjectBuilder()
                    .add("self", Json.createObjectBuilder().add("href", "s/" + id))));
        }
        return items.build();
    }
}
