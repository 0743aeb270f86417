package org.firmas.paper.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.entity.PacketFacts;

/** The cover letter of one official's delivery packet, in the official's language. */
public record PacketText(Locale locale, LocalDate date, String title, List<String> petition, Target target,
                         PacketFacts facts) {

    public boolean routedByArea() {
        return !facts.byArea().isEmpty();
    }
}
