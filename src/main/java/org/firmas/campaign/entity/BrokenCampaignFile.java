package org.firmas.campaign.entity;

import java.util.List;

/**
 * A file in the campaigns folder that cannot be served as it is, with every mistake in it, and
 * whether an earlier version of it is still being served.
 */
public record BrokenCampaignFile(String slug, String fileName, List<Mistake> mistakes, boolean olderVersionServed) {

    /**
     * One mistake, at a one-based line and a dotted field ({@code targets[2].email}, empty for the
     * whole file). The console words the kinds it knows in the organizer's language, with the detail
     * as the one thing to say; any other problem is shown as the parser words it.
     */
    public record Mistake(int line, String field, String problem, String kind, String detail) {
    }

    public BrokenCampaignFile {
        mistakes = List.copyOf(mistakes);
    }
}
