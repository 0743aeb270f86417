package org.firmas.campaign.control;

import static org.firmas.campaign.control.CampaignFileBuilder.validCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sites a campaign lets frame its sign form: origins only, https but on a developer's machine. */
class EmbedOriginsSectionTest {

    @ParameterizedTest
    @CsvSource({
            "https://partner.org, https://partner.org",
            "HTTPS://News.Partner.ORG/, https://news.partner.org",
            "https://partner.org:8443, https://partner.org:8443",
            "http://localhost:8081, http://localhost:8081",
            "http://127.0.0.1:49152, http://127.0.0.1:49152",
            "https://127.0.0.1, https://127.0.0.1"})
    void anOriginIsWrittenAsBrowsersCompareIt(String listed, String origin) {
        assertEquals(origin, EmbedOriginsSection.reading(listed).origin());
        assertNull(EmbedOriginsSection.reading(listed).mistake());
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.org", "https://partner.org/petition", "https://partner.org?x=1", "https://partner.org#sign",
            "https://user@partner.org", "https://*.partner.org", "https://partner.org:0", "https://partner.org:70000",
            "https://partner.org https://other.org", "https://partner.org;script-src *", "'self'", "*", "https://",
            "ftp://partner.org", "https://-partner.org", "https://[::1]"})
    void anythingElseIsNoOrigin(String listed) {
        assertEquals(Kind.NOT_AN_ORIGIN, EmbedOriginsSection.reading(listed).mistake());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://partner.org", "http://localhost.partner.org", "http://127.0.0.2"})
    void plainHttpOnlyForTheLocalMachine(String listed) {
        assertEquals(Kind.ORIGIN_NOT_HTTPS, EmbedOriginsSection.reading(listed).mistake());
    }

    @Test
    void aCampaignListsItsOriginsInOrder() throws Exception {
        assertEquals(List.of("https://partner.org", "http://localhost:8081"), validCampaign().appending(
                "embed_origins:", "  - https://partner.org/", "  - \"http://localhost:8081\"").parse().embedOrigins());
    }

    @Test
    void aCampaignNeedsNone() throws Exception {
        assertEquals(List.of(), validCampaign().parse().embedOrigins());
    }

    @Test
    void everyMistakeIsReportedAtItsLine() {
        assertEquals("close-the-center.yaml:41: embed_origins[1]: \"https://partner.org/petition\" is not an origin such as "
                        + "https://partner.org: a scheme, a host and an optional port, without a path",
                firstLine(validCampaign().appending("embed_origins:", "  - https://partner.org/petition").failure()));
        assertEquals("close-the-center.yaml:41: embed_origins[1]: \"http://partner.org\" must begin with https://; "
                        + "only localhost and 127.0.0.1 may use http://",
                firstLine(validCampaign().appending("embed_origins:", "  - http://partner.org").failure()));
        assertEquals("close-the-center.yaml:42: embed_origins[2]: https://partner.org is listed twice",
                firstLine(validCampaign().appending("embed_origins:", "  - https://partner.org", "  - https://Partner.org/").failure()));
    }

    @Test
    void atMostTwenty() {
        List<String> lines = new ArrayList<>(List.of("embed_origins:"));
        for (int i = 1; i <= 21; i++) {
            lines.add("  - https://partner" + i + ".org");
        }
        assertEquals("close-the-center.yaml:41: embed_origins: has 21 entries; at most 20 are allowed",
                validCampaign().appending(lines.toArray(String[]::new)).failure());
    }

    @Test
    void aSingleValueIsNoList() {
        assertEquals("close-the-center.yaml:40: embed_origins: must be a list with at least one entry",
                validCampaign().appending("embed_origins: https://partner.org").failure());
    }

    private static String firstLine(String failure) {
        return failure.replaceAll(" \\(and \\d+ more\\)$", "");
    }
}
