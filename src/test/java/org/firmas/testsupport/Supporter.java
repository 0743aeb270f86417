package org.firmas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A supporter who signs over HTTP and confirms with the link from their mail. */
public final class Supporter {

    private Supporter() {
    }

    public static SignatureForm signsAndConfirms(PetitionSite site, Mailbox mailbox, String campaign, SignatureForm form) {
        assertEquals(302, site.sign(campaign, form, "en").status(), "signed");
        ReceivedMail confirmation = mailbox.await(form.get("email"), 1).get(0);
        assertEquals(302, site.confirm(Mailbox.confirmToken(confirmation)).status(), "confirmed");
        return form;
    }
}
