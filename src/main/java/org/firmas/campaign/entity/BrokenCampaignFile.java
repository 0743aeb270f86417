package org.firmas.campaign.entity;

import java.util.List;

/**
 * A file in the campaigns folder that cannot be served as it is, with every mistake in it, and
 * whether an earlier version of it is still being served.
 */
public record BrokenCampaignFile(String slug, String fileName, List<Mistake> mistakes, boolean olderVersionServed) {

    /**
     * One mistake, at a one-based line and a dotted field ({@code targets[2].email}, empty for the
     * whole file), with what is wrong to be worded in the organizer's language.
     */
    public record Mistake(int line, String field, FileProblem problem) {
    }

    public BrokenCampaignFile {
        mistakes = List.copyOf(mistakes);
    }
}
