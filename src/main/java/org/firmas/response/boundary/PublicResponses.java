package org.firmas.response.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Languages;
import org.firmas.platform.Messages;
import org.firmas.response.entity.ResponseText;

/**
 * The "Responses" section of a campaign's page: what officials answered, in the page's language
 * where a translation exists (with the original a click away), and the targets who have not answered although their first batch
 * went out more than {@code firmas.responses.silence-days} ago. Only what officials said and
 * their public names: no supporter's data, no official's address. Read through {@link PublishedResponses}.
 */
@Named("campaignResponses")
@RequestScoped
public class PublicResponses {

    /**
     * One response as the page shows it: {@code text} in {@code textLanguage}, the page's when a
     * translation exists, else the original, then {@code untranslated}. {@code languageNote} says
     * in which language the original came: over an untranslated text, or over the original
     * offered beside a translation ({@code original} in {@code originalLanguage}; null when the
     * text is the original).
     */
    public record Shown(String targetName, String targetTitle, String date, String machineDate, String text,
                        String textLanguage, boolean untranslated, String languageNote, String original,
                        String originalLanguage, String link) {
    }

    /** A target who has not answered: name and office only. */
    public record Silent(String name, String title) {
    }

    /** The section's content. */
    public record Section(List<Shown> responses, List<Silent> silent) {

        public boolean isEmpty() {
            return responses.isEmpty() && silent.isEmpty();
        }
    }

    @Inject
    PublishedResponses published;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.responses.silence-days")
    long silenceDays;

    private Section section;

    public Section of(Campaign campaign) {
        if (section == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            PublishedResponses.Published read = published.of(campaign.id());
            section = new Section(read.responses().stream().map(response -> shown(response.text(), campaign, locale)).toList(),
                    silent(campaign, read));
        }
        return section;
    }

    private static Shown shown(ResponseText text, Campaign campaign, Locale locale) {
        String language = locale.getLanguage();
        Target target = targetOf(campaign, text.targetEmail());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        boolean untranslated = text.shownInOriginalTo(language);
        boolean translated = text.hasTranslation(language);
        String originalName = Languages.nameIn(text.language(), locale);
        String languageNote = untranslated ? Messages.format(locale, "responses.original", originalName)
                : translated ? Messages.format(locale, "responses.originalText", originalName) : "";
        return new Shown(target == null ? text.targetName() : target.name(), target == null ? "" : target.title(),
                dates.format(text.receivedOn()), text.receivedOn().toString(), text.textIn(language),
                translated ? language : text.language(), untranslated, languageNote, translated ? text.text() : null,
                text.language(), text.documentUrl());
    }

    private List<Silent> silent(Campaign campaign, PublishedResponses.Published read) {
        Set<String> answered = read.responses().stream().map(response -> response.text().targetEmail().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, Instant> firstSent = read.firstSentTo();
        Instant silentSince = clock.instant().minus(Duration.ofDays(silenceDays));
        return campaign.definition().targets().stream()
                .filter(target -> !answered.contains(target.email().toLowerCase(Locale.ROOT)))
                .filter(target -> {
                    Instant sent = firstSent.get(target.email().toLowerCase(Locale.ROOT));
                    return sent != null && !sent.isAfter(silentSince);
                })
                .map(target -> new Silent(target.name(), target.title())).toList();
    }

    private static Target targetOf(Campaign campaign, String email) {
        return campaign.definition().targets().stream().filter(target -> target.email().equalsIgnoreCase(email)).findFirst().orElse(null);
    }
}
