package org.firmas.campaign.entity;

import java.time.Instant;

/**
 * A campaign's row as the console reads it. {@code definitionText} is the stored campaign file of a
 * console campaign (null for a file campaign); writes compare it to tell whether someone else
 * changed the campaign since it was read.
 */
public record StoredCampaign(long id, String slug, boolean fromFile, String definitionText, String areasCsv, Long ownerId,
                             Instant archivedAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    /** A campaign made in the console and not archived: the only kind the console may change. */
    public boolean editable() {
        return !fromFile && archivedAt == null;
    }

    public boolean ownedBy(long accountId) {
        return ownerId != null && ownerId == accountId;
    }
}
