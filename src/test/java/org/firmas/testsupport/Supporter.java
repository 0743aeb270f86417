package org.firmas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A supporter who signs over HTTP and confirms with the link from their mail, or asks for their data. */
public final class Supporter {

    private Supporter() {
    }

    public static SignatureForm signsAndConfirms(PetitionSite site, Mailbox mailbox, String campaign, SignatureForm form) {
        assertEquals(302, site.sign(campaign, form, "en").status(), "signed");
        ReceivedMail confirmation = mailbox.await(form.get("email"), 1).get(0);
        assertEquals(302, site.confirm(Mailbox.confirmToken(confirmation)).status(), "confirmed");
        return form;
    }

    /**
     * Asks for their "my data" link in English and returns its path ({@code /my-data/…}) from the
     * mail that brings it, a mail written to the data folder's outbox.
     */
    public static String asksForTheirData(PetitionSite site, OutboxFolder outbox, String email) {
        List<String> before = myDataLinks(outbox, email);
        assertEquals(302, site.post("my-data", Map.of("email", email), "en").status(), "asked for the my-data link");
        return Eventually.await(Duration.ofSeconds(30), () -> myDataLinks(outbox, email), found -> found.size() > before.size())
                .stream().filter(link -> !before.contains(link)).findFirst()
                .orElseThrow(() -> new AssertionError("No my-data link came to " + email));
    }

    private static List<String> myDataLinks(OutboxFolder outbox, String email) {
        return outbox.to(email).stream().filter(mail -> "Your data on our petitions".equals(mail.subject()))
                .map(mail -> mail.text().replaceAll("(?s).*(/my-data/[A-Za-z0-9_-]{43}).*", "$1")).toList();
    }
}
