package org.firmas.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.firmas.platform.JsonBuilders;

/**
 * One page of an OSDI collection: which page, how many per page, and the envelope around its items
 * (the counts, {@code _links} to self, next and previous, {@code _embedded} under the collection's
 * name). Pages count from 1; a page past the last is empty, not an error.
 */
public record HalPage(int page, int perPage, long totalRecords) {

    public static final int DEFAULT_PER_PAGE = 25;
    public static final int MAX_PER_PAGE = 100;

    /** The page a request asks for with {@code page} and {@code per_page}; either may be absent. */
    public static HalPage asked(String page, String perPage, long totalRecords) {
        int number = parameter("page", page, 1, Integer.MAX_VALUE, 1);
        int size = parameter("per_page", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        return new HalPage(number, size, totalRecords);
    }

    public long totalPages() {
        return (totalRecords + perPage - 1) / perPage;
    }

    /** The first record on this page, counting from 0; capped so no query is asked to skip past a long. */
    public long offset() {
        return Math.min((long) (page - 1) * perPage, totalRecords);
    }

    /**
     * The collection's envelope. {@code collection} is the collection's address without paging;
     * {@code name} is its OSDI name, such as {@code osdi:signatures}.
     */
    public JsonObject envelope(String collection, String name, JsonArray items, JsonObjectBuilder extraLinks) {
        JsonObjectBuilder links = extraLinks.add("self", link(collection, page));
        if (page < totalPages()) {
            links.add("next", link(collection, page + 1));
        }
        if (page > 1) {
            links.add("prev", link(collection, Math.min(page - 1, Math.max(1, totalPages()))));
        }
        var hrefs = JsonBuilders.array();
        items.forEach(item -> hrefs.add(item.asJsonObject().getJsonObject("_links").getJsonObject("self")));
        links.add(name, hrefs);
        return JsonBuilders.object()
                .add("total_pages", totalPages())
                .add("per_page", perPage)
                .add("page", page)
                .add("total_records", totalRecords)
                .add("_links", links)
                .add("_embedded", JsonBuilders.object().add(name, items))
                .build();
    }

    private JsonObject link(String collection, long number) {
        return JsonBuilders.object().add("href", collection + "?page=" + number + "&per_page=" + perPage).build();
    }

    private static int parameter(String name, String value, int min, int max, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new ApiProblem(400, name + " must be a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ".");
        }
        return Integer.parseInt(value);
    }
}
