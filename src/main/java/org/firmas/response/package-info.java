/**
 * Officials' responses: what the targets of a campaign answered, recorded by its organizers and
 * shown on the campaign's page with the targets who have not answered yet.
 *
 * <p>Owns the tables {@code official_response} and {@code official_response_translation}; others reach it through {@code response.boundary}.
 */
package org.firmas.response;
