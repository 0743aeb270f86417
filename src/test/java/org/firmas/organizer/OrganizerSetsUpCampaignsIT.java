package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tomás sets up campaigns and checks in the console, in Spanish, that they took. He edits campaign
 * files on the server: a broken file is listed with every mistake, its line and field, in Spanish; a
 * good campaign whose file breaks keeps serving its older version (and says so), and a removed
 * file's campaign leaves the list and the public site. A broken file he uploads is refused with
 * every mistake in Spanish too. He lets two partner organizations show the sign form on their
 * sites: the console's form tells him which line is not a site it can allow, and the dashboard
 * then gives him the snippet to send them and names the sites that may show it. He writes a
 * milestone's message and Juntos' opt-in in Portuguese too, one field per language the site speaks:
 * a mistake in the Portuguese one is shown beside it, and once fixed both are kept.
 */
class OrganizerSetsUpCampaignsIT extends FirmasIT {

    private static final Duration RELOAD = Duration.ofSeconds(20);
    private static final Path CAMPAIGNS = Path.of(System.getProperty("firmas.testCampaigns"));

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeFiles() throws IOException {
        for (String slug : List.of("rota-" + run, "buena-" + run, "borrada-" + run)) {
            Files.deleteIfExists(CAMPAIGNS.resolve(slug + ".yaml"));
        }
    }

    @Test
    void aBrokenFileIsListedWithEachOfItsMistakes() throws IOException {
        String slug = "rota-" + run;
        write(slug, campaign("Broken " + run).replace("goal: 300", "goal: muchas")
                .replace("    email: board@example.org", "    email: board@")
                .replace("  - name: Board\n", "  - name: Board\n    colour: red\n"));

        Element row = Eventually.await(RELOAD, () -> row(slug), Objects::nonNull);

        assertEquals(List.of("línea 2, campo goal: \"muchas\" no es un número entero",
                "línea 16, campo targets[1].colour: campo desconocido (se esperaba uno de estos: area, email, language, name, title)",
                "línea 18, campo targets[1].email: \"board@\" no es un correo electrónico válido"),
                row.select(".file-mistakes li").eachText());
        assertTrue(row.text().contains("Esta campaña no se publica hasta que se corrija el archivo."), row.text());
        assertTrue(row.text().contains(slug + ".yaml"), row.text());
        assertEquals("Sin publicar", row.selectFirst(".badge-broken").text());
        assertEquals(404, site().campaign(slug, "es").status());
    }

    @Test
    void aGoodCampaignWhoseFileBreaksKeepsServingItsOlderVersionAndSaysSo() throws IOException {
        String slug = "buena-" + run;
        write(slug, campaign("Good " + run));
        Eventually.await(RELOAD, () -> site().campaign(slug, "en").status(), status -> status == 200);

        write(slug, campaign("Good, edited " + run).replace("status: open", "status: maybe"));
        Element row = Eventually.await(RELOAD, () -> row(slug),
                found -> found != null && !found.select(".file-mistakes li").isEmpty());

        assertEquals(List.of("línea 1, campo status: \"maybe\" no es ninguno de estos valores: draft, open, closed, won"),
                row.select(".file-mistakes li").eachText());
        assertTrue(row.text().contains("Se sigue publicando una versión anterior de esta campaña hasta que se corrija el archivo."),
                row.text());
        assertEquals("Abierta", row.selectFirst(".badge").text(), "the older version's state");
        PetitionSite.Page page = site().campaign(slug, "en");
        assertEquals(200, page.status());
        assertEquals("Good " + run, page.document().selectFirst("h1").text(), "the older version is what the public sees");

        write(slug, campaign("Good, fixed " + run));
        Element fixed = Eventually.await(RELOAD, () -> row(slug),
                found -> found != null && found.select(".file-mistakes li").isEmpty());
        assertEquals("Good, fixed " + run, fixed.selectFirst("a").text(), "the fixed version is listed, without mistakes");
    }

    @Test
    void aBrokenUploadIsRefusedWithEachOfItsMistakesInSpanish() {
        String file = "subida-" + run + ".yaml";
        String broken = campaign("Subida " + run).replace("goal: 300", "goal: muchas")
                .replace("    summary: From a file.", "    summary: " + "x".repeat(201))
                .replace("    email: board@example.org", "    email: board@")
                .replace("  - name: Board\n", "  - name: Board\n    colour: red\n");
        ConsoleClient tomas = admin().inLanguage("es");

        ConsoleClient.Response answer = tomas.upload(tomas.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(file, broken)), "submit");

        assertEquals(200, answer.status(), answer.text());
        assertEquals(List.of(file + ", línea 2, campo goal: \"muchas\" no es un número entero",
                file + ", línea 6, campo texts.en.summary: tiene 201 caracteres; se permiten como máximo 200",
                file + ", línea 16, campo targets[1].colour: campo desconocido (se esperaba uno de estos: area, email, language, name, title)",
                file + ", línea 18, campo targets[1].email: \"board@\" no es un correo electrónico válido"),
                answer.document().select("#messages li").eachText());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign WHERE slug = ?", "subida-" + run), "nothing saved");
    }

    @Test
    void aRemovedFilesCampaignLeavesTheListAndThePublicSite() throws IOException {
        String slug = "borrada-" + run;
        write(slug, campaign("Removed " + run));
        Eventually.await(RELOAD, () -> row(slug), Objects::nonNull);
        assertEquals(200, site().campaign(slug, "en").status());

        Files.delete(CAMPAIGNS.resolve(slug + ".yaml"));

        assertNull(Eventually.await(RELOAD, () -> row(slug), Objects::isNull), "gone from the console's list");
        assertEquals(404, site().campaign(slug, "en").status());
    }

    private Element row(String slug) {
        return admin().inLanguage("es").get("organize/?lang=es").document().getElementById("campaign-" + slug);
    }

    /** Written beside, then moved in, so the watcher never reads half a file. */
    private static void write(String slug, String yaml) throws IOException {
        Path partial = CAMPAIGNS.resolve(slug + ".part");
        Files.writeString(partial, yaml, StandardCharsets.UTF_8);
        Files.move(partial, CAMPAIGNS.resolve(slug + ".yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String campaign(String title) {
        return "status: open\ngoal: 300\ntexts:\n"
                + "  en:\n    title: " + title + "\n    summary: From a file.\n    body: Body.\n    petition: Petition.\n"
                + "  es:\n    title: " + title + "\n    summary: De un archivo.\n    body: Cuerpo.\n    petition: Petición.\n"
                + "targets:\n  - name: Board\n    title: County Board\n    email: board@example.org\n";
    }

    @Test
    void aSiteThatIsNoHttpsOriginIsRefusedInTheOrganizersLanguage() {
        ConsoleClient console = admin().inLanguage("es-MX,es");
        ConsoleCampaignForm form = ConsoleCampaignForm.bilingual(slug()).with("embedOrigins", "https://partner.org\nhttp://partner.org");

        ConsoleClient.Response refused = console.submit(console.get("organize/edit.xhtml"), "campaign", form.fields(), "save");

        assertEquals(200, refused.status());
        assertTrue(refused.text().contains("Corrija embed_origins[2]: \"http://partner.org\" debe empezar por https://"), refused.text());
    }

    @Test
    void theDashboardGivesTheSnippetAndNamesTheSites() {
        ConsoleClient console = admin().inLanguage("es-MX,es");
        String slug = slug();
        long id = ConsoleCampaignForm.bilingual(slug).with("embedOrigins", " https://Partner.org/ \n\nhttps://news.partner.org:8443\n")
                .createWith(console);

        Document dashboard = console.get("organize/dashboard.xhtml?id=" + id).document();

        assertEquals("Formulario de firma en sitios aliados", dashboard.selectFirst("#embed-heading").text());
        assertEquals("https://partner.org https://news.partner.org:8443", dashboard.select("#embedOrigins li").text());
        String snippet = dashboard.selectFirst("#embedSnippet").wholeText();
        assertTrue(snippet.startsWith("<iframe id=\"firmas-" + slug + "\" src=\"http://localhost:8080/campaigns/" + slug + "/embed\" title=\"Financien la biblioteca\""), snippet);
        assertTrue(dashboard.selectFirst("#embedResize").wholeText().contains("event.origin !== 'http://localhost:8080'"));
        assertEquals("https://partner.org\nhttps://news.partner.org:8443",
                console.get("organize/edit.xhtml?id=" + id).document().selectFirst("textarea[name='campaign:embedOrigins']").wholeText().strip());
        assertTrue(console.get("organize/yaml/" + id + ".yaml").body()
                .contains("embed_origins:\n  - \"https://partner.org\"\n  - \"https://news.partner.org:8443\"\n"));
    }

    @Test
    void portugueseTextsOfAMilestoneAndAPartnerAreCheckedBesideTheirFieldsAndKept() {
        ConsoleClient console = admin().inLanguage("es-MX,es");
        ConsoleCampaignForm form = ConsoleCampaignForm.bilingual(slug())
                .with("milestones:0:signatures", "1000")
                .with("milestones:0:messageEs", "¡Ya somos mil!")
                .with("milestones:0:messagePt", "Já somos mil!\u202E")
                .with("partners:0:key", "juntos").with("partners:0:name", "Juntos").with("partners:0:website", "https://vamosjuntos.com")
                .with("partners:0:logo", "")
                .with("partners:0:optInPt", "Quero receber notícias do Juntos");

        ConsoleClient.Response refused = console.submit(console.get("organize/edit.xhtml"), "campaign", form.fields(), "save");

        assertEquals(200, refused.status());
        Element message = refused.document().getElementById("campaign:milestones:0:messagePt");
        assertEquals("pt", message.attr("lang"));
        assertEquals("Português: mensaje (opcional)", refused.document().selectFirst("label[for=campaign:milestones:0:messagePt]").text());
        assertEquals("Português", refused.document().selectFirst("label[for=campaign:milestones:0:messagePt] span[lang=pt]").text());
        assertEquals("Use solo letras, números, espacios y signos de puntuación aquí: el texto contiene caracteres invisibles o de control.",
                message.parent().selectFirst(".field-error").text(), refused.text());
        assertEquals("Quero receber notícias do Juntos", refused.document().getElementById("campaign:partners:0:optInPt").val(),
                "what was typed stays");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign WHERE slug = ?", form.fields().get("slug")), "nothing saved");

        ConsoleClient.Response saved = console.submit(refused, "campaign", Map.of("milestones:0:messagePt", "Já somos mil!"), "save");

        assertEquals(302, saved.status(), saved.text());
        long id = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", form.fields().get("slug"));
        Document edit = console.get("organize/edit.xhtml?id=" + id).document();
        assertEquals("Já somos mil!", edit.getElementById("campaign:milestones:0:messagePt").wholeText().strip());
        assertEquals("¡Ya somos mil!", edit.getElementById("campaign:milestones:0:messageEs").wholeText().strip());
        assertEquals("Quero receber notícias do Juntos", edit.getElementById("campaign:partners:0:optInPt").val());
        assertEquals("", edit.getElementById("campaign:partners:0:optInEn").val());
        String file = console.get("organize/yaml/" + id + ".yaml").body();
        assertTrue(file.contains("    message:\n      es: \"¡Ya somos mil!\"\n      pt: \"Já somos mil!\"\n"), file);
        assertTrue(file.contains("    opt_in:\n      pt: \"Quero receber notícias do Juntos\"\n"), file);
    }

    @Test
    void aCampaignWithoutSitesSaysNoneMayShowIt() {
        ConsoleClient console = admin();
        long id = ConsoleCampaignForm.bilingual(slug()).createWith(console);

        Document dashboard = console.get("organize/dashboard.xhtml?id=" + id).document();

        assertTrue(dashboard.selectFirst("#embedNone").text().startsWith("No site may show this campaign's sign form yet"));
        assertTrue(dashboard.select("#embedOrigins").isEmpty());
    }

    private static String slug() {
        return "partners-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
