package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firmas.campaign.entity.Milestone;

/** One milestone as the edit form holds it: the count as typed and its message in each language. */
public class MilestoneRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String signatures;
    /** Typed messages by language; the form binds one input per language to its entry. */
    private final Map<String, String> messages = new LinkedHashMap<>();

    public MilestoneRow() {
    }

    static MilestoneRow of(Milestone milestone) {
        MilestoneRow row = new MilestoneRow();
        row.signatures = Long.toString(milestone.signatures());
        row.messages.putAll(milestone.messages());
        return row;
    }

    boolean isBlank() {
        return blank(signatures) && messages.values().stream().allMatch(MilestoneRow::blank);
    }

    /** Call only when {@link CampaignFormCheck} found the count readable. */
    Milestone toMilestone() {
        return new Milestone(CampaignForm.number(signatures), TextsForm.written(messages));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getSignatures() {
        return signatures;
    }

    public void setSignatures(String signatures) {
        this.signatures = signatures;
    }

    public Map<String, String> getMessages() {
        return messages;
    }
}
