package org.firmas.organizer.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Target;

/** The dashboard's printouts of a campaign: a signature sheet per language, a delivery packet per official. */
public final class PaperLinks {

    /** A link under {@code /organize/paper/}, with its element id and label. */
    public record Link(String id, String path, String label) {
    }

    private PaperLinks() {
    }

    static List<Link> of(long campaignId, CampaignDefinition campaign, ConsoleText text) {
        List<Link> links = new ArrayList<>();
        campaign.texts().keySet().stream().sorted().forEach(language -> links.add(new Link("sheet-" + language,
                "sheet.pdf?campaign=" + campaignId + "&lang=" + language,
                text.format("organize.dashboard.sheet", Locale.forLanguageTag(language).getDisplayLanguage(text.locale())))));
        List<Target> targets = campaign.targets();
        for (int index = 0; index < targets.size(); index++) {
            links.add(new Link("packet-" + index, "packet.pdf?campaign=" + campaignId + "&target=" + index,
                    text.format("organize.dashboard.packet", targets.get(index).name())));
        }
        return links;
    }
}
