package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firmas.campaign.entity.Milestone;

/** One milestone as the edit form holds it: the count as typed and its message in each language. */
public class MilestoneRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String signatures;
    private String messageEn;
    private String messageEs;

    public MilestoneRow() {
    }

    static MilestoneRow of(Milestone milestone) {
        MilestoneRow row = new MilestoneRow();
        row.signatures = Long.toString(milestone.signatures());
        row.messageEn = milestone.messages().get("en");
        row.messageEs = milestone.messages().get("es");
        return row;
    }

    boolean isBlank() {
        return blank(signatures) && blank(messageEn) && blank(messageEs);
    }

    /** Call only when {@link CampaignFormCheck} found the count readable. */
    Milestone toMilestone() {
        Map<String, String> messages = new LinkedHashMap<>();
        if (!blank(messageEn)) {
            messages.put("en", TextsForm.clean(messageEn));
        }
        if (!blank(messageEs)) {
            messages.put("es", TextsForm.clean(messageEs));
        }
        return new Milestone(CampaignForm.number(signatures), messages);
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

    public String getMessageEn() {
        return messageEn;
    }

    public void setMessageEn(String messageEn) {
        this.messageEn = messageEn;
    }

    public String getMessageEs() {
        return messageEs;
    }

    public void setMessageEs(String messageEs) {
        this.messageEs = messageEs;
    }
}
