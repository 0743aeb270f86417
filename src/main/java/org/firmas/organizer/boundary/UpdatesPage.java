package org.firmas.organizer.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.platform.Languages;
import org.firmas.update.boundary.SupporterUpdates;
import org.firmas.update.entity.UpdateSummary;

/** A campaign's updates to supporters: drafts, those awaiting approval, sending and sent, with their counts. */
@Named
@ViewScoped
public class UpdatesPage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;

    @Inject
    SupporterUpdates updates;

    private List<UpdateSummary> list;

    @Override
    protected void show(StoredCampaign row) {
        list = updates.ofCampaign(row.id());
    }

    public List<UpdateSummary> getUpdates() {
        return list;
    }

    /** The subject in the console's language, else in the default language, else in any it has. */
    public String subject(UpdateSummary update) {
        Map<String, String> subjects = update.subjects();
        return Stream.of(subjects.get(text.locale().getLanguage()), subjects.get(Languages.defaultLanguage()))
                .filter(subject -> subject != null && !subject.isEmpty()).findFirst()
                .orElseGet(() -> subjects.values().stream().filter(subject -> !subject.isEmpty()).findFirst().orElse(""));
    }

    /** The mark of a draft that cannot be sent before its default-language text is written. */
    public String getNeedsDefaultText() {
        return text.format("organize.updates.needsDefaultText", Languages.nameIn(Languages.defaultLanguage(), text.locale()));
    }

    public String status(UpdateSummary update) {
        return text.get("organize.updates.status." + update.status().name().toLowerCase(Locale.ROOT));
    }

    /** What prepared it, when it was not written from scratch. */
    public String origin(UpdateSummary update) {
        if (update.origin() == null) {
            return "";
        }
        String origin = update.origin();
        if (origin.startsWith("milestone:")) {
            return text.format("organize.updates.origin.milestone", Long.parseLong(origin.substring("milestone:".length())));
        }
        if (origin.startsWith("response:")) {
            return text.get("organize.updates.origin.response");
        }
        return "won".equals(origin) ? text.get("organize.updates.origin.won") : text.format("organize.updates.origin.other", origin);
    }
}
