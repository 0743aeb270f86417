package org.firmas.campaign.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firmas.campaign.tool.CampaignCheckTest.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organizer opens a campaign's page, written to a file, before pushing the campaign. */
class CampaignPreviewTest {

    private static final String HOSTILE = "src/test/resources/org/firmas/campaign/tool/preview";

    @Test
    void writesThePageWithItsTextMadeSafeAndNothingFromElsewhere(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("page.html");

        Run run = Run.of(HOSTILE, "--preview", "hostile-text", "--out", page.toString());

        assertEquals(CampaignCheck.FINE, run.status(), run.err());
        assertEquals(List.of("Preview of hostile-text.yaml written to " + page), run.lines());
        String html = Files.readString(page);
        Document document = Jsoup.parse(html);
        assertEquals("Fund the <b>clinic</b>", document.selectFirst("h1").text());
        assertEquals("Read this <script>alert('body')</script> before you sign.",
                document.selectFirst(".campaign-body p").text(), "the markup is shown as text, never run");
        assertEquals("simple", document.selectFirst(".campaign-body strong").text());
        assertFalse(html.contains("<script"), html);
        assertTrue(document.select("script, img, iframe, link, [src]").isEmpty(), html);
        assertTrue(document.getAllElements().stream().flatMap(element -> element.attributes().asList().stream())
                .noneMatch(attribute -> attribute.getKey().startsWith("on") || attribute.getValue().contains("javascript:")), html);
        assertFalse(html.matches("(?s).*https?://.*"), "no address of another host: " + html);
        assertTrue(document.selectFirst("style").data().contains(".site-header"), "the site's own style sheet, inlined");
    }

    @Test
    void showsTheTargetsTheDeadlineTheGoalAndTheFormsFields(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("page.html");

        Run.of(HOSTILE, "--preview", "hostile-text", "--out", page.toString());

        Document document = Jsoup.parse(Files.readString(page));
        assertEquals(List.of("Board of Health, County Board of Health"), document.select(".targets li").eachText());
        assertEquals("Closes on June 30, 2027.", document.selectFirst(".closes-on").text());
        assertEquals("0 of a goal of 2,500", document.selectFirst(".progress-count").text());
        assertEquals(List.of("1,000"), document.select(".milestones li").eachText());
        Element form = document.selectFirst("form.sign-form");
        assertNotNull(form.attributes().get("inert"));
        assertEquals(List.of("First name", "Last name", "Email", "ZIP code", "Phone (optional)",
                "Show my first name and ZIP code on this page"), form.select("label").eachText().subList(0, 6));
    }

    @Test
    void writesThePageInSpanish(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("pagina.html");

        Run run = Run.of("--lang", "es", HOSTILE, "--preview", "hostile-text", "--out", page.toString());

        assertEquals(List.of("Vista previa de hostile-text.yaml escrita en " + page), run.lines());
        Document document = Jsoup.parse(Files.readString(page));
        assertEquals("es", document.selectFirst("html").attr("lang"));
        assertEquals("Financien la <b>clínica</b>", document.selectFirst("h1").text());
        assertEquals("Cierra el 30 de junio de 2027.", document.selectFirst(".closes-on").text());
    }

    @Test
    void aFinishedCampaignShowsItsFinalCountAndNoForm(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("page.html");

        Run.of("campaigns", "--preview", "end-ice-access-to-pars", "--out", page.toString());

        Document document = Jsoup.parse(Files.readString(page));
        assertTrue(document.select("form").isEmpty());
        assertEquals("badge badge-won", document.selectFirst("[role=status]").className());
        assertTrue(document.selectFirst(".progress-count").text().startsWith("2,317 of a goal of"));
    }

    @Test
    void aBrokenCampaignGetsItsProblemsInsteadOfAPage(@TempDir Path folder) {
        Path page = folder.resolve("page.html");

        Run run = Run.of("src/test/resources/org/firmas/campaign/tool/broken", "--preview", "bad-email", "--out", page.toString());

        assertEquals(CampaignCheck.PROBLEMS, run.status());
        assertEquals(2, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).endsWith("bad-email.yaml:24: targets[2].email: \"mayor@\" is not a valid email address"));
        assertFalse(Files.exists(page));
    }
}
