package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sender settings may start: localhost senders only while mail goes to the outbox folder. */
class SenderRuleTest {

    private static final Optional<String> NONE = Optional.empty();

    @ParameterizedTest
    @ValueSource(strings = {"Firmas <firmas@localhost>", "firmas@localhost", "firmas@LOCALHOST", "peticiones@mail.localhost",
            "Juntos <juntos@firmas.localhost>"})
    void aSenderAtLocalhostStopsTheStartOnlyWhenARealServerIsSet(String from) {
        String reason = SenderRule.refusal(true, from, NONE, NONE).orElseThrow();

        assertTrue(reason.startsWith("Firmas will not start: FIRMAS_SMTP_HOST is set, but FIRMAS_MAIL_FROM is an address at "),
                reason);
        assertTrue(reason.contains("set FIRMAS_MAIL_FROM to an address at your organization's domain"), reason);
        assertEquals(1, reason.lines().count(), "one log line");
        assertEquals(Optional.empty(), SenderRule.refusal(false, from, NONE, NONE), "the outbox folder takes it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Juntos <peticiones@example.org>", "petitions@firmas.test", "firmas@localhost.example.org",
            "firmas@notlocalhost", "firmas@mylocalhost.org"})
    void aSenderAtAnyOtherDomainStarts(String from) {
        assertEquals(Optional.empty(), SenderRule.refusal(true, from, NONE, NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Firmas <firmas@", "two@at@example.org", "<>"})
    void aSenderThatIsNoAddressStopsTheStart(String from) {
        assertEquals(Optional.of("Firmas will not start: FIRMAS_MAIL_FROM is not a valid address; set it to your "
                + "organization's sender, e.g. FIRMAS_MAIL_FROM='Juntos <peticiones@example.org>'"),
                SenderRule.refusal(false, from, NONE, NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"organizers@", "Juntos <organizers@example.org>", "a b@example.org"})
    void organizationAddressesMustBePlainAddresses(String address) {
        String from = "petitions@example.org";

        assertTrue(SenderRule.refusal(false, from, Optional.of(address), NONE).orElseThrow().contains("FIRMAS_REPLY_TO"));
        assertTrue(SenderRule.refusal(false, from, NONE, Optional.of(address)).orElseThrow().contains("FIRMAS_CONTACT_EMAIL"));
        assertEquals(Optional.empty(), SenderRule.refusal(true, from, Optional.of("organizers@example.org"),
                Optional.of("ana@example.org")));
    }
}
