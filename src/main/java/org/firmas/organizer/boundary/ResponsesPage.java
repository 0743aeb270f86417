package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Languages;
import org.firmas.response.boundary.OfficialResponses;
import org.firmas.response.boundary.ResponseCheck;
import org.firmas.response.entity.RecordedResponse;
import org.firmas.response.entity.ResponseText;

/**
 * Officials' responses to one campaign, in the console: the ones recorded, with buttons to edit,
 * delete or send one to supporters as an update, and the form that records a new one or corrects
 * the one being edited ({@code edit} in the address).
 */
@Named
@ViewScoped
public class ResponsesPage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficialResponses responses;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    Clock clock;

    private Long editing;
    private String title;
    private List<Target> targets = List.of();
    private List<RecordedResponse> recorded = List.of();
    private final ResponseForm form = new ResponseForm();

    @Override
    protected void show(StoredCampaign row) {
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        title = definition == null ? row.slug() : definition.texts(text.locale()).title();
        targets = definition == null ? List.of() : definition.targets();
        recorded = responses.of(row.id());
        if (editing != null) {
            recorded.stream().filter(response -> response.id() == editing).findFirst()
                    .ifPresentOrElse(response -> form.fill(response.text()), () -> editing = null);
        } else if (!targets.isEmpty() && form.getTargetEmail() == null) {
            form.fill(targets.get(0), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        }
    }

    public void save() {
        StoredCampaign row = campaign();
        ResponseCheck.Result result = ResponseCheck.check(form.input(), targets, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (result instanceof ResponseCheck.Invalid invalid) {
            FacesContext context = FacesContext.getCurrentInstance();
            invalid.problems().forEach((field, key) -> context.addMessage("response:" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get(key), null)));
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.response.fix"));
        } else if (result instanceof ResponseCheck.Valid valid && editing == null) {
            responses.record(row.id(), valid.response());
            redirectAfter(ConsoleOutcome.RESPONSE_RECORDED);
        } else if (result instanceof ResponseCheck.Valid valid) {
            boolean changed = responses.change(row.id(), editing, valid.response());
            redirectAfter(changed ? ConsoleOutcome.RESPONSE_CHANGED : ConsoleOutcome.RESPONSE_GONE);
        }
    }

    public void delete(long responseId) {
        boolean deleted = responses.delete(campaign().id(), responseId);
        redirectAfter(deleted ? ConsoleOutcome.RESPONSE_DELETED : ConsoleOutcome.RESPONSE_GONE);
    }

    /** Prepares the response as a supporter update, then shows the updates awaiting approval. */
    public void sendAsUpdate(long responseId) {
        StoredCampaign row = campaign();
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        Map<String, String> titles = new HashMap<>();
        Languages.all().forEach(language -> titles.put(language,
                definition == null ? row.slug() : definition.texts(Locale.forLanguageTag(language)).title()));
        if (!responses.suggestUpdate(row.id(), responseId, titles)) {
            redirectAfter(ConsoleOutcome.RESPONSE_GONE);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/organize/updates.xhtml?id=" + row.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getTitle() {
        return title;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public List<RecordedResponse> getRecorded() {
        return recorded;
    }

    public ResponseForm getForm() {
        return form;
    }

    public boolean isEditingOne() {
        return editing != null;
    }

    public Long getEditing() {
        return editing;
    }

    /** Taken from the first request; a postback that does not repeat it keeps the response being edited. */
    public void setEditing(Long editing) {
        if (editing != null) {
            this.editing = editing;
        }
    }

    public List<String> getLanguages() {
        return Languages.all();
    }

    /** The language's own name, as the language of a response is chosen. */
    public String languageName(String language) {
        return Languages.ownName(language);
    }

    /** "Translation into Portuguese (optional)", over that language's field. */
    public String translationLabel(String language) {
        return text.format("organize.response.translationField", Languages.nameIn(language, text.locale()));
    }

    /** "Translation into Portuguese:", over a recorded translation. */
    public String translationHeading(String language) {
        return text.format("organize.response.translation", Languages.nameIn(language, text.locale()));
    }

    /** "Office of the Mayor, Mayor of Philadelphia" for a recorded response's target. */
    public String targetLabel(ResponseText response) {
        return targets.stream().filter(target -> target.email().equalsIgnoreCase(response.targetEmail())).findFirst()
                .map(target -> target.name() + ", " + target.title()).orElse(response.targetName());
    }
}
