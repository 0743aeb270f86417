package org.firmas.signature.boundary;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.entity.Milestone;

/**
 * A milestone as the progress bar marks it: its count written for the visitor's language, where
 * on the bar it falls (a percentage, or none when it lies beyond what the bar measures), and
 * whether the count has reached it.
 */
public record MilestoneMark(String signaturesText, Double percent, boolean reached) {

    public boolean isOnBar() {
        return percent != null;
    }

    /** The position as an SVG coordinate on a bar 100 units wide. */
    public String getX() {
        return String.format(Locale.ROOT, "%.2f", percent);
    }

    static List<MilestoneMark> of(List<Milestone> milestones, long count, long barTarget, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        return milestones.stream().map(milestone -> new MilestoneMark(numbers.format(milestone.signatures()),
                milestone.signatures() < barTarget ? 100.0 * milestone.signatures() / barTarget : null,
                count >= milestone.signatures())).toList();
    }
}
