package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    @Test
    void rendersEmphasisAndStrongText() {
        assertEquals("<p>Free <em>all</em> our <strong>families</strong></p>",
                MarkdownRenderer.toSafeHtml("Free *all* our **families**"));
    }

    @Test
    void rendersLinksThatOpenNothingOfOurs() {
        assertEquals("<p>Read <a href=\"https://example.org/report\" rel=\"noopener noreferrer nofollow\">the report</a></p>",
                MarkdownRenderer.toSafeHtml("Read [the report](https://example.org/report)"));
    }

    @Test
    void rendersParagraphsAndLists() {
        assertEquals("<p>We ask:</p>\n<ul>\n <li>close it</li>\n <li>free them</li>\n</ul>",
                MarkdownRenderer.toSafeHtml("We ask:\n\n- close it\n- free them\n"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \n "})
    void rendersNothingForNoText(String markdown) {
        assertEquals("", MarkdownRenderer.toSafeHtml(markdown));
    }

    @Test
    void showsAScriptTagAsText() {
        String html = MarkdownRenderer.toSafeHtml("<script>alert(1)</script>");

        assertInert(html);
        assertEquals("<script>alert(1)</script>", Jsoup.parseBodyFragment(html).text());
    }

    @Test
    void showsAnImageWithAnEventHandlerAsText() {
        String html = MarkdownRenderer.toSafeHtml("<img src=x onerror=alert(1)>");

        assertInert(html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void dropsAJavascriptUrlFromAMarkdownLink() {
        String html = MarkdownRenderer.toSafeHtml("[x](javascript:alert(1))");

        assertInert(html);
        assertFalse(html.contains("javascript:"), html);
        assertEquals("x", Jsoup.parseBodyFragment(html).text());
    }

    @Test
    void dropsAJavascriptUrlWrittenInMixedCase() {
        String html = MarkdownRenderer.toSafeHtml("[x](JaVaScRiPt:alert(1))");

        assertInert(html);
        assertFalse(html.toLowerCase().contains("javascript:"), html);
    }

    @Test
    void showsARawLinkWithAJavascriptUrlAsText() {
        String html = MarkdownRenderer.toSafeHtml("<a href=\"javascript:alert(1)\">x</a>");

        assertInert(html);
        assertTrue(Jsoup.parseBodyFragment(html).select("a").isEmpty(), html);
    }

    @Test
    void dropsImagesSoNoPageLoadsThirdPartyAssets() {
        String html = MarkdownRenderer.toSafeHtml("![tracker](https://tracker.example.org/pixel.png)");

        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("tracker.example.org"), html);
    }

    /**
     * Hostile input may still be shown as text, escaped; what must never appear is a script
     * element, an event-handler attribute, or a URL a browser would run.
     */
    private static void assertInert(String html) {
        assertAll(
                () -> assertFalse(html.contains("<script"), html),
                () -> assertFalse(html.contains("<img"), html),
                () -> {
                    for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                        for (Attribute attribute : element.attributes()) {
                            assertFalse(attribute.getKey().toLowerCase().startsWith("on"), html);
                            assertFalse(attribute.getValue().toLowerCase().contains("javascript:"), html);
                        }
                    }
                });
    }
}
