package org.firmas.organizer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The snippet an organizer copies: a title cannot break out of its attribute, and the script trusts only this site. */
class EmbedSnippetTest {

    @Test
    void theFrameNamesTheCampaignAndItsTitleStaysInsideTheAttribute() {
        EmbedSnippet snippet = snippet("https://firmas.example.org/");

        assertEquals("<iframe id=\"firmas-shut-down-berks\" src=\"https://firmas.example.org/campaigns/shut-down-berks/embed\" "
                        + "title=\"Say &quot;no&quot; &lt;now&gt; &amp; here\" width=\"100%\" height=\"900\" "
                        + "style=\"border:0;max-width:36rem\"></iframe>",
                snippet.iframe("shut-down-berks", "Say \"no\" <now> & here"));
    }

    @Test
    void aPartnersFrameAndLinkCarryItsKey() {
        EmbedSnippet snippet = snippet("https://firmas.example.org");

        assertTrue(snippet.iframe("shut-down-berks", "Berks", "juntos")
                .contains(" src=\"https://firmas.example.org/campaigns/shut-down-berks/embed?source=juntos\" "));
        assertEquals("https://firmas.example.org/campaigns/shut-down-berks?source=juntos", snippet.partnerLink("shut-down-berks", "juntos"));
    }

    @Test
    void theScriptListensOnlyToMessagesFromTheSitesOriginAndSizesTheFrameThatSentOne() {
        String script = snippet("https://example.org/firmas").resizeScript();

        assertTrue(script.contains("event.origin !== 'https://example.org'"), script);
        assertTrue(script.contains("frames[i].contentWindow === event.source"), script);
        assertTrue(script.contains("iframe[id^=\"firmas-\"]"), script);
    }

    @Test
    void aCampaignsFrameAndAPartnersHaveIdsOfTheirOwn() {
        EmbedSnippet snippet = snippet("https://example.org");

        assertTrue(snippet.iframe("shut-down-berks", "Berks").startsWith("<iframe id=\"firmas-shut-down-berks\" "));
        assertTrue(snippet.iframe("shut-down-berks", "Berks", "juntos").startsWith("<iframe id=\"firmas-shut-down-berks-juntos\" "));
    }

    private static EmbedSnippet snippet(String baseUrl) {
        EmbedSnippet snippet = new EmbedSnippet();
        snippet.baseUrl = baseUrl;
        return snippet;
    }
}
