package org.firmas.signature.boundary;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firmas.platform.Messages;
import org.firmas.signature.entity.AreaCount;

/**
 * Counts by area as the campaign page draws them: a table, and bars in an SVG whose coordinates
 * are computed here, so the chart needs no script and no style attribute. A hidden count has no
 * bar, only its words.
 */
public class AreaChart {

    /** The SVG's user units: the bars' full length, and each row's height (a label line, then the bar). */
    static final int WIDTH = 400;
    static final int BAR_LENGTH = 300;
    static final int ROW_HEIGHT = 44;

    private final List<Row> rows = new ArrayList<>();
    private final String note;

    public AreaChart(List<AreaCount> counts, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        long most = counts.stream().filter(count -> !count.hidden()).mapToLong(AreaCount::count).max().orElse(0);
        for (AreaCount count : counts) {
            int y = rows.size() * ROW_HEIGHT;
            String text = count.withheld() ? Messages.format(locale, "campaign.areas.withheld")
                    : count.hidden() ? Messages.format(locale, "campaign.areas.fewer", count.fewerThan())
                    : numbers.format(count.count());
            long length = count.hidden() || most == 0 ? 0 : Math.max(2, BAR_LENGTH * count.count() / most);
            rows.add(new Row(count.name(), text, y, length));
        }
        note = counts.isEmpty() ? "" : Messages.format(locale, "campaign.areas.note", counts.get(0).fewerThan());
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNote() {
        return note;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return rows.size() * ROW_HEIGHT;
    }

    /** One area: its name above the bar at {@code y}, the count after the bar's end. */
    public record Row(String name, String countText, int y, long barLength) {

        public int labelY() {
            return y + 14;
        }

        public int barY() {
            return y + 20;
        }

        public long countX() {
            return barLength + 6;
        }

        public int countY() {
            return y + 34;
        }
    }
}
