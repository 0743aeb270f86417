package org.firmas.organizer.boundary;

import java.io.Serializable;
import org.firmas.update.entity.UpdateDraft;

/** The fields of the update page, as typed; {@link #draft()} is what is saved. */
public class UpdateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subjectEn = "";
    private String subjectEs = "";
    private String bodyEn = "";
    private String bodyEs = "";
    private String audience = "";
    private boolean touched;

    void fill(UpdateDraft draft) {
        subjectEn = draft.subjectEn();
        subjectEs = draft.subjectEs();
        bodyEn = draft.bodyEn();
        bodyEs = draft.bodyEs();
        audience = draft.audience();
    }

    /** Whether the organizer typed into it in this view, which a reload of the saved text must not overwrite. */
    boolean touched() {
        return touched;
    }

    UpdateDraft draft() {
        return new UpdateDraft(subjectEn, subjectEs, bodyEn, bodyEs, audience);
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
        touched = true;
    }

    public String getSubjectEs() {
        return subjectEs;
    }

    public void setSubjectEs(String subjectEs) {
        this.subjectEs = subjectEs;
        touched = true;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
        touched = true;
    }

    public String getBodyEs() {
        return bodyEs;
    }

    public void setBodyEs(String bodyEs) {
        this.bodyEs = bodyEs;
        touched = true;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
        touched = true;
    }
}
