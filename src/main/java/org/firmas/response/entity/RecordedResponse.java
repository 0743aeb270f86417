package org.firmas.response.entity;

/** A response as it was recorded, with its id. */
public record RecordedResponse(long id, long campaignId, ResponseText text) {
}
