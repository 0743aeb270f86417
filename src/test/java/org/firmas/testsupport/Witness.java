package org.firmas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A valid signature stored before hostile input arrives, and its row as stored then: afterwards
 * the row must be exactly the same, so no bad input harmed what was already there.
 */
public final class Witness {

    private static final String CAMPAIGN = "signing-test";
    private static final String ROW = "SELECT row_to_json(s)::text FROM signature s WHERE s.id = ?";

    private final long id;
    private final String row;

    private Witness(long id) {
        this.id = id;
        this.row = TestDatabase.text(ROW, id);
    }

    /** Signs and confirms a supporter on a campaign whose delivery is never due, so nothing else touches the row. */
    public static Witness signs(PetitionSite site, Mailbox mailbox) {
        Supporter.signsAndConfirms(site, mailbox, CAMPAIGN, SignatureForm.valid().with("firstName", "Witness"));
        long id = TestDatabase.number("SELECT MAX(s.id) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                + "WHERE c.slug = ? AND s.first_name = 'Witness' AND s.status = 'CONFIRMED'", CAMPAIGN);
        return new Witness(id);
    }

    public void assertUnchanged() {
        assertEquals(row, TestDatabase.text(ROW, id), "the signature stored before is unchanged");
    }
}
