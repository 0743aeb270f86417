package org.firmas.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an organizer types into the console's campaign form; named states for the usual cases. */
public final class ConsoleCampaignForm {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private ConsoleCampaignForm() {
    }

    /** A complete bilingual campaign with one official for everybody. */
    public static ConsoleCampaignForm bilingual(String slug) {
        return new ConsoleCampaignForm()
                .with("slug", slug)
                .with("goal", "500")
                .with("deadline", "")
                .with("title_en", "Fund the library")
                .with("summary_en", "Keep the branch library open on Saturdays.")
                .with("body_en", "The branch library is **closing on Saturdays**.")
                .with("petition_en", "To the Council: fund Saturday hours.")
                .with("privacy_en", "We send your name and ZIP code to the Council, never your email.")
                .with("title_es", "Financien la biblioteca")
                .with("summary_es", "Mantengan la biblioteca abierta los sábados.")
                .with("body_es", "La biblioteca **cierra los sábados**.")
                .with("petition_es", "Al Concejo: financien el horario del sábado.")
                .with("privacy_es", "Enviamos su nombre y código postal al Concejo, nunca su correo.")
                .with("targets:0:name", "City Council")
                .with("targets:0:officeTitle", "Council of Example City")
                .with("targets:0:email", "council@example.org")
                .with("targets:0:area", "")
                .with("targets:0:language", "en")
                .with("everySignatures", "100")
                .with("everyHours", "24")
                .with("finalBatch", "true")
                .with("areasCsv", "");
    }

    public ConsoleCampaignForm with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** Opens the new-campaign page, saves the form, and returns the new campaign's id. */
    public long createWith(ConsoleClient console) {
        ConsoleClient.Response saved = console.submit(console.get("organize/edit.xhtml"), "campaign", fields, "save");
        if (saved.status() != 302 || saved.location() == null || !saved.location().contains("id=")) {
            throw new AssertionError("Campaign not saved (" + saved.status() + "): " + saved.text());
        }
        String location = saved.location();
        return Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
