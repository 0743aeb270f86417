package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a campaign's embeddable sign form may ever be framed; every other address refuses frames outright. */
class SecurityHeadersFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/campaigns/shut-down-berks/embed", "/campaigns/shut-down-berks/embed/", "/campaigns/shut-down-berks/embed/thanks"})
    void theEmbedGoesWithoutXFrameOptionsAndStillRefusesFramesUntilItsCampaignSaysWho(String path) {
        assertTrue(SecurityHeadersFilter.framable(path));
        assertFalse(SecurityHeadersFilter.headers(false, true).containsKey("X-Frame-Options"));
        assertTrue(SecurityHeadersFilter.headers(false, true).get("Content-Security-Policy").contains("frame-ancestors 'none';"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/campaigns/shut-down-berks", "/campaigns/shut-down-berks/thanks", "/campaigns/shut-down-berks/embed/confirmed",
            "/campaigns/shut-down-berks/embed%2Fthanks", "/campaigns/x/../embed", "/campaigns/shut-down-berks/embed;jsessionid=1",
            "/organize/embed", "/campaign/embed.xhtml", "/campaigns//embed", "/"})
    void everyOtherAddressRefusesFrames(String path) {
        assertFalse(SecurityHeadersFilter.framable(path));
        assertEquals("DENY", SecurityHeadersFilter.headers(false, false).get("X-Frame-Options"));
        assertTrue(SecurityHeadersFilter.headers(false, false).get("Content-Security-Policy").contains("frame-ancestors 'none';"));
    }
}
