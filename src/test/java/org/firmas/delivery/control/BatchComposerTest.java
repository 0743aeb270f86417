package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.DeliveryPolicy;
import org.firmas.campaign.entity.SignerFields;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.entity.MailContent;
import org.firmas.signature.entity.Signer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An official's batch mail reads as a delivery from a named group, with counts that say whose they are. */
class BatchComposerTest {

    private static final Target GOVERNOR = new Target("Office of the Governor", "Governor", "governor@pa.example.org", null, "en");
    private static final Target BERKS = new Target("Comisionada Ruiz", "Comisionada", "ruiz@berks.example.org", "Berks County", "es");
    private static final BatchOrigin JUNTOS = new BatchOrigin("Juntos",
            Optional.of(new Contact("Ana Pérez", "ana@juntos.example.org")), "https://firmas.example.org/");
    private static final MailHeader BAND = new MailHeader("Juntos", "#0b5394");
    private static final List<Signer> SIGNERS = List.of(new Signer("Rosa", "Díaz", "19601", "Berks County", "Ciérrenlo."),
            new Signer("Luis", "Soto", "19602", "Berks County", null));

    @Test
    void anOfficialWithoutAnAreaReadsTheNewSignaturesAndTheTotalFromANamedGroup() {
        MailContent mail = BatchComposer.compose(campaign(), GOVERNOR, SIGNERS, new BatchFigures(2, 5900, 5900), false, JUNTOS, BAND);

        assertEquals("Petition: Shut down Berks — 2 new signatures", mail.subject());
        String text = mail.text();
        assertTrue(text.startsWith("Dear Office of the Governor,\n\nOn behalf of Juntos, we are delivering the new signatures "
                + "on the petition \"Shut down Berks\".\n\n2 new signatures in this delivery\n5,900 signatures in all\n\n"), text);
        assertTrue(text.contains("Read the petition and follow its progress:\nhttps://firmas.example.org/campaigns/shut-down-berks?lang=en\n"), text);
        assertTrue(text.contains("- Rosa Díaz, 19601\n    Ciérrenlo.\n- Luis Soto, 19602\n"), text);
        assertTrue(text.endsWith("Reply to this email, or write to Ana Pérez at ana@juntos.example.org.\n\nAna Pérez\nJuntos\n"), text);

        Document html = Jsoup.parse(mail.html());
        assertEquals("Petition delivery · Juntos", html.selectFirst("p").text());
        assertEquals("https://firmas.example.org/campaigns/shut-down-berks?lang=en", html.selectFirst("a[href^=https]").attr("href"));
        assertEquals("ana@juntos.example.org", html.selectFirst("a[href=mailto:ana@juntos.example.org]").text());
        assertTrue(html.text().contains("2 new signatures in this delivery 5,900 signatures in all"), html.text());
        assertEquals(2, html.select("li").size(), "one entry per signer");
    }

    @Test
    void theHtmlMailWearsTheOrganizationsBandAndColourAsSupportersMailsDo() {
        Document html = Jsoup.parse(BatchComposer.compose(campaign(), GOVERNOR, SIGNERS, new BatchFigures(2, 2, 2), false, JUNTOS, BAND).html());

        Element band = html.selectFirst("body > div");
        assertEquals("Juntos", band.text());
        assertTrue(band.attr("style").startsWith("background:#0b5394;color:#ffffff"), band.attr("style"));
        assertTrue(html.selectFirst("a[href^=https]").attr("style").contains("background:#0b5394"), "the button in the brand's colour");
        assertTrue(html.select("img, [style*=url(]").isEmpty(), "nothing for the official's mail reader to fetch: " + html);
    }

    @Test
    void anAreaOfficialReadsItsResidentsCountsApartFromTheWholePetitionInItsLanguage() {
        MailContent mail = BatchComposer.compose(campaign(), BERKS, SIGNERS, new BatchFigures(312, 1240, 5900), false, JUNTOS, BAND);

        assertEquals("Petición: Cierren Berks — 312 firmas nuevas de residentes de Berks County", mail.subject());
        assertTrue(mail.text().contains("».\n\n312 firmas nuevas de residentes de Berks County en esta entrega\n"
                + "1.240 de residentes de Berks County en total\n5.900 en toda la petición\n"), mail.text());
        assertTrue(mail.text().startsWith("Estimado/a Comisionada Ruiz:\n\nEn nombre de Juntos, le entregamos"), mail.text());
        assertTrue(mail.text().contains("https://firmas.example.org/campaigns/shut-down-berks?lang=es"), mail.text());
        assertTrue(mail.text().contains("escriba a Ana Pérez a ana@juntos.example.org."), mail.text());
        assertEquals("es", Jsoup.parse(mail.html()).selectFirst("html").attr("lang"));
    }

    @Test
    void theFinalDeliverySaysSoInItsSubjectAndOpeningWithTheTotal() {
        MailContent toGovernor = BatchComposer.compose(campaign(), GOVERNOR, List.of(), new BatchFigures(0, 5900, 5900), true, JUNTOS, BAND);
        MailContent toBerks = BatchComposer.compose(campaign(), BERKS, SIGNERS.subList(0, 1), new BatchFigures(1, 1240, 5900), true, JUNTOS, BAND);

        assertEquals("Final delivery of the petition: Shut down Berks — 5,900 signatures in all", toGovernor.subject());
        assertTrue(toGovernor.text().contains("This is the final delivery of the petition \"Shut down Berks\": the campaign "
                + "has ended, and on behalf of Juntos we are delivering its last signatures.\n\n0 new signatures in this delivery\n"),
                toGovernor.text());
        assertFalse(toGovernor.text().contains("New signers"), "no empty list");
        assertEquals("Final delivery · Juntos", Jsoup.parse(toGovernor.html()).selectFirst("p").text());
        assertEquals("Entrega final de la petición: Cierren Berks — 1.240 firmas de residentes de Berks County en total", toBerks.subject());
        assertTrue(toBerks.text().contains("Esta es la entrega final de la petición «Cierren Berks»"), toBerks.text());
        assertTrue(toBerks.text().contains("1 firma nueva de residentes de Berks County en esta entrega\n"), toBerks.text());
    }

    @Test
    void withoutAContactTheMailIsSignedByTheOrganizationAlone() {
        BatchOrigin organizationOnly = new BatchOrigin("Juntos", Optional.empty(), "https://firmas.example.org");

        MailContent mail = BatchComposer.compose(campaign(), GOVERNOR, SIGNERS, new BatchFigures(2, 2, 2), false, organizationOnly, BAND);

        assertTrue(mail.text().endsWith("Questions about this petition? Reply to this email.\n\nJuntos\n"), mail.text());
        assertTrue(Jsoup.parse(mail.html()).select("a[href^=mailto]").isEmpty());
    }

    @Test
    void markupInTheOrganizationOrContactIsText() {
        BatchOrigin hostile = new BatchOrigin("<b>Juntos</b>", Optional.of(new Contact("Ana <i>P</i>", "ana@juntos.example.org")),
                "https://firmas.example.org");

        Document html = Jsoup.parse(BatchComposer.compose(campaign(), GOVERNOR, SIGNERS, new BatchFigures(2, 2, 2), false, hostile,
                new MailHeader("<b>Juntos</b>", "#0b5394")).html());

        assertTrue(html.select("b, i").isEmpty(), html.html());
        assertTrue(html.text().contains("Ana <i>P</i>"), html.text());
    }

    @Test
    void pastAHundredSignersTheRestTravelInAFile() {
        List<Signer> many = IntStream.range(0, 150).mapToObj(i -> new Signer("S" + i, "X", "19601", null, null)).toList();

        MailContent mail = BatchComposer.compose(campaign(), GOVERNOR, many, new BatchFigures(150, 1500, 1500), false, JUNTOS, BAND);

        assertEquals("Petition: Shut down Berks — 150 new signatures", mail.subject());
        assertTrue(mail.text().contains("…and 50 more, listed in the attached file."), mail.text());
        assertEquals("shut-down-berks-signers.csv", mail.attachmentName());
    }

    private static CampaignDefinition campaign() {
        CampaignTexts en = new CampaignTexts("Shut down Berks", "S", "B", "<p>B</p>", "Close it.", "<p>Close it.</p>", "", "");
        CampaignTexts es = new CampaignTexts("Cierren Berks", "S", "B", "<p>B</p>", "Ciérrenlo.", "<p>Ciérrenlo.</p>", "", "");
        return new CampaignDefinition("shut-down-berks", CampaignStatus.OPEN, 10000, null, CampaignDefinition.DEFAULT_TIME_ZONE, Map.of("en", en, "es", es),
                List.of(GOVERNOR, BERKS), new DeliveryPolicy(100, Duration.ofHours(24), true), new SignerFields(false, true),
                Map.of("19601", List.of("Berks County")), null, 0);
    }
}
