package org.firmas.signature.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Confirmed signatures from one area as the public may see them. {@code count} is null when the
 * area has fewer than {@code fewerThan} signatures ({@code small}), so no small group of signers
 * can be singled out, and also for the area withheld beside it ({@code small} false): the page
 * shows the campaign's total too, so with one small count hidden alone, the total minus the
 * others would give it away.
 */
public record AreaCount(String name, Long count, int fewerThan, boolean small) {

    public static AreaCount of(String name, long count, int fewerThan) {
        boolean small = count < fewerThan;
        return new AreaCount(name, small ? null : count, fewerThan, small);
    }

    public boolean hidden() {
        return count == null;
    }

    /** Hidden only so that a small count cannot be worked out from the total. */
    public boolean withheld() {
        return hidden() && !small;
    }

    /**
     * The counts as shown: when one area alone is hidden and some of its signers are hidden with it,
     * the smallest area shown is withheld too, so what the total leaves over is shared by two areas.
     * Counts held back at zero give nobody away, so they need no company.
     */
    public static List<AreaCount> shown(List<AreaCount> counts, List<Long> actual) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i).hidden()) {
                hidden.add(i);
            }
        }
        if (hidden.size() != 1 || actual.get(hidden.get(0)) == 0) {
            return counts;
        }
        List<AreaCount> shown = new ArrayList<>(counts);
        shown.stream().filter(count -> !count.hidden()).min(Comparator.comparingLong(AreaCount::count))
                .ifPresent(smallest -> shown.set(shown.indexOf(smallest),
                        new AreaCount(smallest.name(), null, smallest.fewerThan(), false)));
        return List.copyOf(shown);
    }
}
