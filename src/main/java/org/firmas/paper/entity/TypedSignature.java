package org.firmas.paper.entity;

/**
 * A row that passed every check, ready to be a signature: the name split at its first space
 * (the officials' list and the export join it again), the email address and phone number null
 * when not given or not kept, and the area its ZIP code (or the row) settled.
 */
public record TypedSignature(int line, SheetCode sheet, PaperEvent event, String collectedBy, String firstName,
                             String lastName, String zip, String email, String phone, String area) {
}
