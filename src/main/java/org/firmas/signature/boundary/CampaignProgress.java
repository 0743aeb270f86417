package org.firmas.signature.boundary;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.platform.Messages;

/**
 * A campaign as a page shows it: texts in the visitor's language and the count toward the goal.
 * Once the goal is passed the bar measures the next milestone (twice the goal, then four times…).
 */
public class CampaignProgress {

    private final Campaign campaign;
    private final CampaignTexts texts;
    private final long count;
    private final NumberFormat numbers;
    private final Locale locale;
    private final Instant now;
    private long onPaper;

    /**
     * A finished campaign shows the final count its definition records (signatures gathered on
     * paper or before it came to Firmas) when that is more than Firmas counted itself.
     */
    public CampaignProgress(Campaign campaign, long count, Locale locale, Instant now) {
        this.campaign = campaign;
        this.texts = campaign.definition().texts(locale);
        this.count = campaign.definition().status().takesSignatures() ? count
                : Math.max(count, campaign.definition().finalSignatures());
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.locale = locale;
        this.now = now;
    }

    /** Says how many of the count were signed on paper and typed in by the organizers. */
    public CampaignProgress withOnPaper(long signedOnPaper) {
        onPaper = Math.min(signedOnPaper, count);
        return this;
    }

    /** "of which 200 signed on paper" under the count; null when none were. */
    public String getOnPaperText() {
        return onPaper > 0 ? Messages.format(locale, "progress.onPaper", onPaper) : null;
    }

    public String getSlug() {
        return campaign.slug();
    }

    public String getTitle() {
        return texts.title();
    }

    public String getSummary() {
        return texts.summary();
    }

    public String getStatus() {
        return campaign.definition().status().name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return campaign.definition().status().takesSignatures();
    }

    public boolean isWon() {
        return "won".equals(getStatus());
    }

    public long getCount() {
        return count;
    }

    public long getGoal() {
        return campaign.definition().goal();
    }

    public boolean isGoalReached() {
        return count >= getGoal();
    }

    /** The number the bar fills toward: the goal, or the next milestone past it while the campaign is open. */
    public long getBarTarget() {
        long target = getGoal();
        if (!isOpen()) {
            return target;
        }
        while (count >= target && target < Long.MAX_VALUE / 2) {
            target *= 2;
        }
        return target;
    }

    public String getCountText() {
        return numbers.format(count);
    }

    public String getGoalText() {
        return numbers.format(getGoal());
    }

    public String getBarTargetText() {
        return numbers.format(getBarTarget());
    }

    /** "Closes on June 30, 2027." while an open campaign has a deadline, else null. */
    public String getClosesOnText() {
        return isOpen() && deadline() != null ? Messages.format(locale, "campaign.closesOn", deadlineText()) : null;
    }

    /** "This campaign closed on June 30, 2027…" once a campaign has closed at its deadline, else null. */
    public String getClosedOnText() {
        CampaignDefinition definition = campaign.definition();
        boolean closedAtDeadline = definition.status() == CampaignStatus.CLOSED && deadline() != null
                && !now.isBefore(definition.closesAt());
        return closedAtDeadline ? Messages.format(locale, "campaign.closedOn", deadlineText()) : null;
    }

    private LocalDate deadline() {
        return campaign.definition().deadline();
    }

    /** The deadline is a day in the campaign's time zone, so it is written as that day, wherever the reader is. */
    private String deadlineText() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(deadline());
    }

    /** The progress as a sentence, for screen readers. */
    public String getSpokenText() {
        return Messages.format(locale, "progress.spoken", count, getBarTarget());
    }

    /** The campaign's milestones, as the bar marks them. */
    public List<MilestoneMark> getMilestones() {
        return MilestoneMark.of(campaign.definition().milestones(), count, getBarTarget(), locale);
    }

    public CampaignTexts getTexts() {
        return texts;
    }

    /** The language the campaign's texts are shown in: the page's, or the default one where the organizers wrote none. */
    public String getTextsLanguage() {
        return campaign.definition().textsLanguage(locale);
    }

    public Campaign getCampaign() {
        return campaign;
    }
}
