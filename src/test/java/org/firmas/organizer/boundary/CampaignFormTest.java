package org.firmas.organizer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firmas.campaign.control.CampaignTextParser;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.Milestone;
import org.firmas.campaign.entity.Partner;
import org.junit.jupiter.api.Test;

/** The edit form: its own checks, and the campaign-file text it writes for the parser. */
class CampaignFormTest {

    @Test
    void anEmptyFormNamesEveryMissingFieldOnce() {
        List<String> inputs = CampaignFormCheck.problems(new CampaignForm()).stream().map(CampaignFormCheck.Problem::input).toList();

        assertEquals(List.of("title_en", "summary_en", "body_en", "petition_en", "targets:0:name"), inputs,
                "only the default language's texts are required; the others' are asked for once any of them is written");
    }

    @Test
    void aLanguageWithSomeTextNeedsTheRest() {
        CampaignForm form = complete();
        form.getTexts().get("pt").setTitle("Mantenha a biblioteca aberta");
        List<String> inputs = CampaignFormCheck.problems(form).stream().map(CampaignFormCheck.Problem::input).toList();

        assertEquals(List.of("summary_pt", "body_pt", "petition_pt"), inputs);
    }

    @Test
    void aLanguageLeftEmptyIsNotOffered() throws Exception {
        CampaignDefinition read = CampaignTextParser.parse("library", complete().toYaml("library", CampaignStatus.DRAFT), null);

        assertEquals(Set.of("en", "es"), read.texts().keySet());
    }

    @Test
    void aBadAddressAndUnreadableNumbersAreCaught() {
        CampaignForm form = complete();
        form.getTargets().get(0).setEmail("mayor@");
        form.setGoal("lots");
        form.setDeadline("30/06/2027");
        form.setTimeZone("Eastern");

        List<String> keys = CampaignFormCheck.problems(form).stream().map(p -> p.input() + "=" + p.messageKey()).toList();

        assertEquals(List.of("targets:0:email=organize.edit.email", "goal=organize.edit.wholeNumber", "deadline=organize.edit.date",
                "timeZone=organize.edit.timeZoneUnknown"), keys);
    }

    @Test
    void aCompleteFormWritesAFileTheParserReadsBack() throws Exception {
        CampaignForm form = complete();
        form.addTarget();
        form.getTargets().get(1).setName("Ana Ortiz");
        form.getTargets().get(1).setTitle("Councilmember");
        form.getTargets().get(1).setEmail("ortiz@example.org");
        form.getTargets().get(1).setArea("South");
        form.getTargets().get(1).setLanguage("es");
        form.setAreasCsv("zip,area\n19148,South\n");
        form.setDeadline("2027-06-30");
        form.setTimeZone(" America/Chicago ");

        assertTrue(CampaignFormCheck.problems(form).isEmpty());
        CampaignDefinition read = CampaignTextParser.parse("library", form.toYaml("library", CampaignStatus.DRAFT), form.getAreasCsv());

        assertEquals("Keep: the \"library\" open", read.texts().get("en").title());
        assertEquals("line one\n\n- item", read.texts().get("es").body());
        assertEquals("South", read.targets().get(1).area());
        assertEquals("South", read.areaOf("19148"));
        assertEquals(CampaignStatus.DRAFT, read.status());
        assertEquals(750, read.goal());
        assertEquals(ZoneId.of("America/Chicago"), read.timeZone());
        assertEquals(ZoneId.of("America/Chicago"), CampaignForm.of(read, form.getAreasCsv()).zone(), "the edit form shows it again");
    }

    @Test
    void aContactIsOptionalButWhenGivenNeedsANameAndAnAddressAndIsWrittenToTheFile() throws Exception {
        CampaignForm form = complete();
        assertTrue(CampaignFormCheck.problems(form).isEmpty());
        assertEquals(null, CampaignTextParser.parse("library", form.toYaml("library", CampaignStatus.DRAFT), null).contact());

        form.setContactEmail("ana@");
        assertEquals(List.of("contactName=organize.edit.required", "contactEmail=organize.edit.email"),
                CampaignFormCheck.problems(form).stream().map(p -> p.input() + "=" + p.messageKey()).toList());

        form.setContactName(" Ana Pérez ");
        form.setContactEmail("ana@juntos.example.org");
        assertTrue(CampaignFormCheck.problems(form).isEmpty());
        CampaignDefinition read = CampaignTextParser.parse("library", form.toYaml("library", CampaignStatus.DRAFT), null);
        assertEquals(new Contact("Ana Pérez", "ana@juntos.example.org"), read.contact());
        assertEquals("Ana Pérez", CampaignForm.of(read, null).getContactName(), "an edit starts from the saved contact");
    }

    @Test
    void milestonesAreCheckedNextToTheirFieldsAndWrittenToTheFile() throws Exception {
        CampaignForm form = complete();
        form.getMilestones().get(0).setSignatures("a thousand");
        form.addMilestone();
        form.getMilestones().get(1).setSignatures("2000");
        form.addMilestone();
        form.getMilestones().get(2).setSignatures("2_000");
        form.addMilestone();

        assertEquals(List.of("milestones:0:signatures=organize.edit.milestoneCount", "milestones:2:signatures=organize.edit.milestoneTwice"),
                CampaignFormCheck.problems(form).stream().map(p -> p.input() + "=" + p.messageKey()).toList());

        form.getMilestones().get(0).setSignatures("1_000");
        form.getMilestones().get(0).getMessages().put("es", "¡Mil firmas!");
        form.getMilestones().get(0).getMessages().put("pt", "Mil assinaturas!");
        form.getMilestones().get(0).getMessages().put("en", " ");
        form.getMilestones().get(2).setSignatures("");
        assertTrue(CampaignFormCheck.problems(form).isEmpty());
        CampaignDefinition read = CampaignTextParser.parse("library", form.toYaml("library", CampaignStatus.DRAFT), null);
        assertEquals(List.of(new Milestone(1000, Map.of("es", "¡Mil firmas!", "pt", "Mil assinaturas!")), new Milestone(2000, Map.of())), read.milestones());
        assertEquals(3, CampaignForm.of(read, null).getMilestones().size(), "an edit shows both, and a row for one more");
        assertEquals("Mil assinaturas!", CampaignForm.of(read, null).getMilestones().get(0).getMessages().get("pt"),
                "an edit starts from the saved Portuguese message");

        form.getMilestones().get(1).getMessages().put("pt", "Duas mil\u202e!");
        assertEquals(List.of("milestones:1:messagePt=organize.text.invisible"),
                CampaignFormCheck.problems(form).stream().map(p -> p.input() + "=" + p.messageKey()).toList(),
                "a Portuguese message is checked next to its own field");
    }

    @Test
    void partnersAreCheckedNextToTheirFieldsAndWrittenToTheFile() throws Exception {
        CampaignForm form = complete();
        PartnerRow juntos = form.getPartners().get(0);
        juntos.setKey("Juntos");
        juntos.setName("Juntos");
        juntos.setWebsite("http://vamosjuntos.com");
        juntos.setLogo("https://cdn.example.org/juntos.png");
        form.addPartner();
        form.getPartners().get(1).setKey("whatsapp");
        form.getPartners().get(1).setName("Our chat");
        form.getPartners().get(1).setWebsite("https://example.org");
        form.addPartner();

        assertEquals(List.of("partners:0:key=organize.edit.partnerKeyRule", "partners:0:website=organize.edit.partnerWebsiteRule",
                        "partners:0:logo=organize.edit.partnerLogoRule", "partners:1:key=organize.edit.partnerKeyRule"),
                CampaignFormCheck.problems(form).stream().map(p -> p.input() + "=" + p.messageKey()).toList());

        juntos.setKey("juntos");
        juntos.setWebsite("https://vamosjuntos.com");
        juntos.setLogo("/static/icon.svg");
        juntos.getOptIn().put("es", "Quiero recibir noticias de Juntos");
        juntos.getOptIn().put("pt", " Quero receber notícias do Juntos ");
        form.getPartners().get(1).setKey("juntos");
        assertEquals(List.of("partners:1:key=organize.edit.partnerTwice"),
                CampaignFormCheck.problems(form).stream().map(p -> p.input() + "=" + p.messageKey()).toList());

        form.getPartners().get(1).setKey(" ");
        form.getPartners().get(1).setName("");
        form.getPartners().get(1).setWebsite("");
        assertTrue(CampaignFormCheck.problems(form).isEmpty());
        CampaignDefinition read = CampaignTextParser.parse("library", form.toYaml("library", CampaignStatus.DRAFT), null);
        assertEquals(List.of(new Partner("juntos", "Juntos", "/static/icon.svg", "https://vamosjuntos.com",
                Map.of("es", "Quiero recibir noticias de Juntos", "pt", "Quero receber notícias do Juntos"))), read.partners());
        assertEquals(2, CampaignForm.of(read, null).getPartners().size(), "an edit shows it, and a row for one more");
        assertEquals("Quero receber notícias do Juntos", CampaignForm.of(read, null).getPartners().get(0).getOptIn().get("pt"),
                "an edit starts from the saved Portuguese opt-in");

        juntos.getOptIn().put("pt", "Quero receber\nnotícias");
        assertEquals(List.of("partners:0:optInPt=organize.text.invisible"),
                CampaignFormCheck.problems(form).stream().map(p -> p.input() + "=" + p.messageKey()).toList(),
                "a Portuguese opt-in is one line, checked next to its own field");
    }

    private static CampaignForm complete() {
        CampaignForm form = new CampaignForm();
        form.setGoal("750");
        for (TextsForm texts : List.of(form.getTexts().get("en"), form.getTexts().get("es"))) {
            texts.setTitle("Keep: the \"library\" open");
            texts.setSummary("One sentence.");
            texts.setBody("line one\r\n\r\n- item\n");
            texts.setPetition("We ask.");
        }
        form.getTargets().get(0).setName("Council");
        form.getTargets().get(0).setTitle("City Council");
        form.getTargets().get(0).setEmail("council@example.org");
        return form;
    }
}
