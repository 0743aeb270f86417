package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.platform.Languages;
import org.firmas.update.boundary.SupporterUpdates;
import org.firmas.update.entity.SaveOutcome;
import org.firmas.update.entity.UpdateDraft;
import org.firmas.update.entity.UpdatePreview;
import org.firmas.update.entity.UpdateStatus;
import org.firmas.update.entity.UpdateSummary;
import org.jsoup.Jsoup;

/**
 * Writing an update: subject and Markdown body in each language of the site, the audience, how many would
 * receive it now, the mail in each language exactly as it leaves, and Send behind a confirmation
 * step that says how many it goes to. Like every campaign page, the campaign comes from the first
 * request and access is checked again on every action; the update must belong to that campaign.
 */
@Named
@ViewScoped
public class UpdatePage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;
    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 20_000;
    static final int AUDIENCE_MAX = 2000;
    static final int PLACES_MAX = 200;
    static final String CONFIRM_SEND = "send";

    @Inject
    SupporterUpdates updates;

    @Inject
    CurrentOrganizer organizer;

    private Long updateId;
    private String confirming;
    private String state;
    private final UpdateForm form = new UpdateForm();
    private UpdateSummary summary;
    private long recipients;
    private List<UpdatePreview> previews = List.of();

    @Override
    protected void show(StoredCampaign row) {
        if (updateId != null) {
            summary = updates.find(row.id(), updateId).orElseThrow(NotAllowedException::new);
            if (!form.touched()) {
                form.fill(updates.draft(row.id(), updateId).orElseThrow(NotAllowedException::new));
            }
            UpdateDraft draft = form.draft();
            previews = draft.languages().stream().map(language -> updates.preview(row.id(), draft, language)).toList();
        }
        recipients = updates.recipients(row.id(), form.draft());
    }

    public void save() {
        saveThen("state=saved");
    }

    /** Saves what is written, then shows the confirmation step with the count it goes to. */
    public void askToSend() {
        saveThen("confirm=" + CONFIRM_SEND);
    }

    public void send() {
        StoredCampaign row = campaign();
        SaveOutcome outcome = updates.send(row.id(), updateId == null ? -1 : updateId, organizer.id());
        if (outcome instanceof SaveOutcome.NotFound) {
            throw new NotAllowedException();
        }
        // Refused for want of the default language's text: back to the draft, which says so.
        redirectWith("update=" + updateId + (outcome instanceof SaveOutcome.NotReadyToSend ? "" : "&state=sending"));
    }

    private void saveThen(String query) {
        StoredCampaign row = campaign();
        if (!valid()) {
            return;
        }
        SaveOutcome outcome = updates.save(row.id(), updateId, form.draft(), organizer.id());
        if (outcome instanceof SaveOutcome.Saved saved) {
            redirectWith("update=" + saved.updateId() + "&" + query);
        } else if (outcome instanceof SaveOutcome.AlreadySent sent) {
            redirectWith("update=" + sent.updateId());
        } else {
            throw new NotAllowedException();
        }
    }

    /**
     * Each field's mistake next to it; nothing is saved while one is left. The default language is
     * required, since it is what a signer of a language the update lacks receives; another
     * language is optional, but once begun needs both its subject and its body.
     */
    private boolean valid() {
        boolean valid = true;
        for (Map.Entry<String, UpdateForm.Text> entry : form.getTexts().entrySet()) {
            String language = entry.getKey();
            UpdateForm.Text typed = entry.getValue();
            if (language.equals(Languages.defaultLanguage()) || !isBlank(typed.getSubject()) || !isBlank(typed.getBody())) {
                valid &= required("subject_" + language, typed.getSubject(), SUBJECT_MAX)
                        & required("body_" + language, typed.getBody(), BODY_MAX);
            }
        }
        String audience = form.getAudience() == null ? "" : form.getAudience();
        if (audience.length() > AUDIENCE_MAX || form.draft().places().size() > PLACES_MAX) {
            fieldError("audience", text.format("organize.update.tooLong", AUDIENCE_MAX));
            valid = false;
        }
        return valid;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private boolean required(String field, String value, int max) {
        if (isBlank(value)) {
            fieldError(field, text.get("organize.update.required"));
            return false;
        }
        if (value.length() > max) {
            fieldError(field, text.format("organize.update.tooLong", max));
            return false;
        }
        return true;
    }

    private static void fieldError(String field, String message) {
        FacesContext.getCurrentInstance().addMessage("compose:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public UpdateForm getForm() {
        return form;
    }

    public boolean isEditable() {
        return summary == null || summary.status().editable();
    }

    public boolean isSending() {
        return summary != null && summary.status() == UpdateStatus.SENDING;
    }

    public boolean isSent() {
        return summary != null && summary.status() == UpdateStatus.SENT;
    }

    public UpdateSummary getSummary() {
        return summary;
    }

    /** The confirmation step, shown only while the saved update can still be sent and has what sending needs. */
    public boolean isConfirmingSend() {
        return CONFIRM_SEND.equals(confirming) && updateId != null && isEditable() && !isMissingDefaultText();
    }

    /** A saved draft (often one a milestone prepared) without the default language's subject or body. */
    public boolean isMissingDefaultText() {
        return summary != null && summary.status().editable() && !summary.readyToSend();
    }

    public String getMissingDefaultTextText() {
        return text.format("organize.update.needsDefaultText", Languages.nameIn(Languages.defaultLanguage(), text.locale()));
    }

    public String getRecipientsText() {
        return text.format("organize.update.recipients", recipients);
    }

    public String getConfirmText() {
        return text.format("organize.update.confirmWhat", recipients);
    }

    public long getRecipients() {
        return recipients;
    }

    public List<UpdatePreview> getPreviews() {
        return previews;
    }

    public List<String> getLanguages() {
        return Languages.all();
    }

    /** The language's own name, over its subject and body. */
    public String languageName(String language) {
        return Languages.ownName(language);
    }

    /** Which language is required, and what supporters of a language left empty receive. */
    public String getLanguagesHint() {
        return text.format("organize.update.languagesHint", Languages.nameIn(Languages.defaultLanguage(), text.locale()));
    }

    /** The heading over one language's preview: "As supporters who signed in Portuguese receive it". */
    public String previewHeading(UpdatePreview preview) {
        return text.format("organize.update.previewIn", Languages.nameIn(preview.language(), text.locale()));
    }

    /** The HTML part's body as sent, to show inside the page; the template and the sanitizer made it. */
    public String bodyOf(UpdatePreview preview) {
        return Jsoup.parse(preview.html()).body().html();
    }

    public boolean isSaved() {
        return "saved".equals(state);
    }

    public Long getUpdate() {
        return updateId;
    }

    public void setUpdate(Long update) {
        if (this.updateId == null) {
            this.updateId = update;
        }
    }

    public String getConfirming() {
        return confirming;
    }

    public void setConfirming(String confirming) {
        this.confirming = confirming;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
