package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.firmas.delivery.entity.CheckedPage;
import org.firmas.platform.Languages;
import org.firmas.testsupport.AuditReport.AuditedPage;
import org.firmas.testsupport.AuditReport.Score;
import org.firmas.testsupport.AuditReport;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.OutboxFolder;
import org.firmas.testsupport.PageAudit;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages a supporter passes through, from the list of campaigns to confirming a signature and
 * reading what is held about them, and the accessibility statement meet the bar of docs/quality.md
 * in every language of the site: Lighthouse (mobile) scores of 95 or more (performance measured in the
 * first language, where every page loads the same assets as in the others), no axe-core violation, no
 * Nu HTML Checker error, not one request to another host, and no page wider than a phone's or a
 * desktop's screen. So do the organizer console's main pages, logged in as the demo admin, all but
 * Lighthouse. The site wears an organization's own name, logo and colours (site settings in the
 * data folder), so the audits hold for a group's own site as for Firmas's.
 */
class PagesPassAuditsIT {

    private static final String CAMPAIGN = "shut-down-berks";
    private static final List<String> LANGUAGES = Languages.all();
    private static final List<String> CATEGORIES = List.of("performance", "accessibility", "best-practices", "seo");
    private static final int MIN_SCORE = 95;
    /** The demo admin the embedded default creates while it listens on a loopback address. */
    private static final String DEMO_ADMIN = "admin@firmas.local";
    private static final String DEMO_PASSWORD = "firmas-demo-admin";

    @TempDir
    Path home;

    /** Each public page audited, with the kind the accessibility statement names it by. */
    private final Map<String, CheckedPage> checked = new LinkedHashMap<>();

    /** An organization's name, logo and colours: a settings file and an SVG in the data folder. */
    private void brandTheSite() throws IOException {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.writeString(data.resolve("site.yaml"), """
                name: Unidos Filadelfia
                logo: unidos.svg
                primary-colour: "#1b4d3e"
                accent-colour: "#0f2e25"
                privacy-contact: https://unidos.example/privacidad
                website: https://unidos.example/
                """);
        Files.writeString(data.resolve("unidos.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"30\">"
                + "<text x=\"0\" y=\"22\" fill=\"#ffffff\" font-size=\"20\">Unidos</text></svg>");
    }

    @Test
    void homeCampaignThankYouAndConfirmPagesPassEveryAuditInEveryLanguage() throws Exception {
        Optional<String> missing = PageAudit.missingTool();
        assumeTrue(missing.isEmpty(), () -> "Page audits skipped: " + missing.orElseThrow()
                + " (CI has node, npm and Chromium)");
        PageAudit.install();
        copyCampaigns();
        brandTheSite();

        try (PayaraProcess firmas = PayaraProcess.start(home, Map.of())) {
            PetitionSite site = new PetitionSite(firmas.base());
            assertEquals("Unidos Filadelfia", site.get("", "en").document().selectFirst("header .brand img").attr("alt"),
                    "the audited pages wear the organization's logo");
            OutboxFolder outbox = new OutboxFolder(home);
            // A confirmed, publicly listed signer, so the pages show a count and a recent signer as they do live.
            SignatureForm listed = SignatureForm.valid().with("listPublicly", "on").with("wantsUpdates", "on");
            assertEquals(302, site.confirm(confirmToken(site, outbox, listed, "en")).status(), "first signature confirmed");
            assertNotNull(Eventually.await(Duration.ofSeconds(10), () -> recentSigners(site), Objects::nonNull),
                    "the campaign page lists the confirmed signer");
            String token = confirmToken(site, outbox, SignatureForm.valid().with("firstName", "Lucía"), "es");
            assertNotNull(site.get("confirm/" + token, "en").document().selectFirst("form#confirm"),
                    "the confirm page offers its button for a fresh token");

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put(checked("/", CheckedPage.CAMPAIGNS), "home");
            pages.put(checked("/campaigns/" + CAMPAIGN, CheckedPage.CAMPAIGN), "campaign");
            pages.put(checked("/campaigns/" + CAMPAIGN + "?source=juntos", CheckedPage.CAMPAIGN), "partner's campaign page");
            pages.put(checked("/campaigns/end-county-jail-ice-contracts", CheckedPage.CAMPAIGN), "campaign with counts by area");
            pages.put(checked("/campaigns/" + CAMPAIGN + "/thanks", CheckedPage.THANKS), "thank-you");
            pages.put(checked("/campaigns/" + CAMPAIGN + "/embed", CheckedPage.PARTNER_FORM), "sign form for partners' sites");
            pages.put(checked("/campaigns/" + CAMPAIGN + "/embed/thanks", CheckedPage.PARTNER_FORM), "thank-you in a partner's frame");
            pages.put(checked("/confirm/" + token, CheckedPage.CONFIRM), "confirm");
            pages.put(checked("/accessibility", CheckedPage.STATEMENT), "accessibility statement");
            pages.put(checked("/my-data", CheckedPage.MY_DATA_REQUEST), "asking for one's data");
            String myData = Supporter.asksForTheirData(site, outbox, listed.get("email"));
            pages.put(checked(myData, CheckedPage.MY_DATA), "one's data");
            pages.put(checked(myData + "/erase", CheckedPage.MY_DATA_ERASE), "confirming one's data be erased");
            ConsoleClient console = new ConsoleClient(firmas.base());
            assertEquals(302, console.logIn(DEMO_ADMIN, DEMO_PASSWORD).status(), "the demo admin logs in");
            long id = campaignId(console);
            pages.put("/organize/login.xhtml", "console login");
            pages.put("+/organize/", "console list");
            pages.put("+/organize/dashboard.xhtml?id=" + id, "console dashboard");
            pages.put("+/organize/deliveries.xhtml?id=" + id, "console delivery log");
            pages.put("+/organize/moderation.xhtml?id=" + id, "console moderation");
            pages.put("+/organize/edit.xhtml", "console new campaign");
            pages.put("+/organize/keys.xhtml", "console API keys");
            pages.put("+/organize/responses.xhtml?id=" + id, "console officials' responses");
            pages.put("+/organize/paper.xhtml?id=" + id, "console paper signatures");
            pages.put("+/organize/image.xhtml?id=" + id, "console header image");
            pages.put("+/organize/paper.xhtml?id=" + id + "&undo=" + importPaperSheet(console, id), "console paper import's undo step");
            recordAResponse(console, id);
            pages.putAll(updatePages(console, id, outbox, listed.get("email")));
            AuditReport report = PageAudit.run(firmas.base(), List.copyOf(pages.keySet()), LANGUAGES, console.sessionId());

            assertAll(checks(report, pages));
        }
    }

    /** An official's answer, so the campaign page is audited with its Responses section and the console with a recorded response. */
    private static void recordAResponse(ConsoleClient console, long id) {
        ConsoleClient.Response form = console.get("organize/responses.xhtml?id=" + id);
        console.act(form, "response", Map.of("text", "We received the petition and will answer after the hearing.",
                "translation_es", "Recibimos la petición y responderemos después de la audiencia.",
                "link", "https://berks.example.org/letter.pdf"), "save");
    }

    /**
     * Two signers from a paper sheet, so the console lists an import (its undo step is audited) and
     * the campaign page says how many signed on paper; returns the import's id.
     */
    private static long importPaperSheet(ConsoleClient console, long id) {
        String sheet = "sheet_code,event_name,event_date,event_place,collected_by,name,zip\n"
                + "F" + id + "-7KQ3MX,Table after Mass,2026-11-29,St. Agnes Parish,Rosa Méndez,Ana María García López,19148\n"
                + "F" + id + "-7KQ3MX,Table after Mass,2026-11-29,St. Agnes Parish,Rosa Méndez,Luis Soto,19148\n";
        ConsoleClient.FileField file = new ConsoleClient.FileField("sheets.csv", sheet);
        ConsoleClient.Response preview = console.upload(console.get("organize/paper.xhtml?id=" + id), "check", Map.of("file", file), "check");
        ConsoleClient.Response imported = console.upload(preview, "import", Map.of("file", file), "import");
        assertEquals(302, imported.status(), "the paper sheet is imported: " + preview.text());
        Element undo = console.get(imported.location()).document().selectFirst("#imports a[id^=undo-]");
        assertNotNull(undo, "the import is listed with its undo link");
        return Long.parseLong(undo.id().substring("undo-".length()));
    }

    /** An update's unsubscribe page (the update sent to the listed signer), the console's updates and a saved draft. */
    private Map<String, String> updatePages(ConsoleClient console, long id, OutboxFolder outbox, String signer) {
        Map<String, String> fields = Map.of("subject_en", "Hearing on Monday", "subject_es", "Audiencia el lunes",
                "body_en", "Come to the **hearing**.", "body_es", "Venga a la **audiencia**.");
        ConsoleClient.Response asked = console.submit(console.get("organize/update.xhtml?id=" + id), "compose", fields, "askToSend");
        console.act(console.get(asked.location()), "confirm", Map.of(), "send");
        ReceivedMail update = Eventually.await(Duration.ofSeconds(30), () -> outbox.to(signer).stream()
                .filter(mail -> "Hearing on Monday".equals(mail.subject())).findFirst().orElse(null), Objects::nonNull);
        ConsoleClient.Response draft = console.submit(console.get("organize/update.xhtml?id=" + id), "compose", fields, "save");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(checked(update.listUnsubscribe().replaceAll(".*(/unsubscribe/[A-Za-z0-9_-]+).*", "$1"), CheckedPage.UNSUBSCRIBE),
                "unsubscribe");
        pages.put("+/organize/updates.xhtml?id=" + id, "console updates");
        pages.put("+" + draft.location().replaceFirst("^https?://[^/]+", "").replace("&state=saved", ""), "console update");
        return pages;
    }

    /** The sample campaign's id, from its link in the console's list. */
    private static long campaignId(ConsoleClient console) {
        Element link = console.get("organize/").document().selectFirst("#campaign-" + CAMPAIGN + " a");
        assertNotNull(link, "the console lists the sample campaign");
        return Long.parseLong(link.attr("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static String confirmToken(PetitionSite site, OutboxFolder outbox, SignatureForm form, String language) {
        assertEquals(302, site.sign(CAMPAIGN, form, language).status(), "signed as " + form.get("email"));
        return Mailbox.confirmToken(outbox.awaitMailTo(form.get("email")));
    }

    private static Element recentSigners(PetitionSite site) {
        return site.campaign(CAMPAIGN, "en").document().selectFirst(".recent-signers li");
    }

    /** A public page, audited as the accessibility statement says: of a kind it names. */
    private String checked(String path, CheckedPage kind) {
        checked.put(path, kind);
        return path;
    }

    private List<Executable> checks(AuditReport report, Map<String, String> names) {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(names.keySet().stream().filter(path -> !path.startsWith("+") && !path.startsWith("/organize/"))
                .collect(Collectors.toSet()), checked.keySet(), "every public page audited is of a kind the statement names"));
        checks.add(() -> assertEquals(EnumSet.allOf(CheckedPage.class), EnumSet.copyOf(checked.values()),
                "the accessibility statement names only kinds of page audited"));
        List<String> expected = names.keySet().stream()
                .flatMap(path -> LANGUAGES.stream().map(language -> path.replaceFirst("^\\+", "") + " " + language)).toList();
        List<String> audited = report.pages().stream().map(page -> page.page() + " " + page.language()).toList();
        checks.add(() -> assertEquals(expected, audited, "pages and languages in the audit report"));
        for (AuditedPage page : report.pages()) {
            String where = names.getOrDefault(page.page(), names.getOrDefault("+" + page.page(), page.page()))
                    + " page [" + page.language() + "]";
            boolean console = page.page().startsWith("/organize/");
            List<String> scored = console ? List.of()
                    : CATEGORIES.stream().filter(category -> !category.equals("performance") || page.language().equals(LANGUAGES.get(0)))
                    .toList();
            checks.add(() -> assertTrue(!page.httpStatus().isEmpty()
                    && page.httpStatus().values().stream().allMatch(status -> status.intValue() == 200),
                    where + ": HTTP status " + page.httpStatus()));
            checks.add(() -> assertEquals(Set.copyOf(scored), page.lighthouse().keySet(),
                    where + ": Lighthouse categories scored (none on console pages, performance in the first language)"));
            for (String category : scored) {
                Score score = page.lighthouse().get(category);
                checks.add(() -> assertTrue(score.score() != null && score.score().intValue() >= MIN_SCORE,
                        where + ": Lighthouse " + category + " " + score.score() + " < " + MIN_SCORE + " (runs "
                                + score.runs() + "); " + (category.equals("performance") ? "median run " : "losing points ")
                                + page.lighthouseDetails().getOrDefault(category, List.of())));
            }
            checks.add(() -> assertEquals(List.of(), page.axeViolations(), where + ": axe-core violations"));
            checks.add(() -> assertEquals(List.of(), page.vnuErrors(), where + ": Nu HTML Checker errors"));
            checks.add(() -> assertEquals(List.of(), page.thirdPartyRequests(), where + ": requests to other hosts"));
            checks.add(() -> assertEquals(List.of(), page.tooWide(), where + ": wider than the screen (page px in viewport px)"));
        }
        checks.add(() -> assertEquals(0, report.exitCode(), "the audit script's own verdict (exit code)"));
        return checks;
    }

    private void copyCampaigns() throws IOException {
        Path campaigns = Files.createDirectories(home.resolve("campaigns"));
        try (Stream<Path> samples = Files.list(Path.of("campaigns"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, campaigns.resolve(sample.getFileName()));
            }
        }
    }
}
