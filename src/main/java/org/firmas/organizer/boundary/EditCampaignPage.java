package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.SaveResult;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.platform.Languages;

/**
 * Creates a campaign (a draft) or edits a console campaign. Every field of the campaign file is
 * here; adding or removing an official posts the form back, so the page needs no JavaScript.
 */
@Named
@ViewScoped
public class EditCampaignPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignAccess access;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleText text;

    private Long id;
    private CampaignForm form = new CampaignForm();
    private CampaignStatus status = CampaignStatus.DRAFT;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            organizer.account();
            return;
        }
        StoredCampaign row = access.require(id);
        if (!row.editable()) {
            throw new NotAllowedException();
        }
        CampaignDefinition definition = campaigns.definitionOf(row).orElseThrow(NotAllowedException::new);
        form = CampaignForm.of(definition, row.areasCsv());
        status = definition.status();
    }

    public void addTarget() {
        form.addTarget();
    }

    public void addPartner() {
        form.addPartner();
    }

    public void addMilestone() {
        form.addMilestone();
    }

    public void removeTarget(int index) {
        form.removeTarget(index);
    }

    public String save() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        List<CampaignFormCheck.Problem> problems = CampaignFormCheck.problems(form);
        if (!problems.isEmpty()) {
            for (CampaignFormCheck.Problem problem : problems) {
                context.addMessage("campaign:" + problem.input(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get(problem.messageKey()), null));
            }
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("organize.edit.fix"), null));
            return null;
        }
        SaveResult result;
        if (id == null) {
            String slug = form.getSlug() == null ? "" : form.getSlug().strip();
            result = campaigns.create(slug, form.toYaml(slug, CampaignStatus.DRAFT), form.getAreasCsv(), organizer.staffId());
        } else {
            StoredCampaign row = access.require(id);
            result = campaigns.update(row, form.toYaml(row.slug(), status), form.getAreasCsv());
        }
        if (result instanceof SaveResult.Saved saved) {
            ExternalContext external = context.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/organize/dashboard.xhtml?id=" + saved.campaign().id() + "&saved=true");
        } else if (result instanceof SaveResult.Invalid invalid) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text.format("organize.edit.invalid", invalid.field().isEmpty() ? "-" : invalid.field(), text.problem(invalid.problem())), null));
        } else if (result instanceof SaveResult.SlugTaken taken) {
            context.addMessage("campaign:slug", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text.format("organize.edit.slugTaken", taken.slug()), null));
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("organize.campaign.fileManaged"), null));
        }
        return null;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (!loaded) {
            this.id = id;
        }
    }

    public CampaignForm getForm() {
        return form;
    }

    public List<String> getLanguages() {
        return Languages.all();
    }

    /** An input per language for the texts a milestone or partner row holds in each. */
    public List<LanguageInput> getLanguageInputs() {
        return LanguageInput.all();
    }

    public String languageName(String language) {
        return Languages.ownName(language);
    }

    /** The legend over one language's texts, saying whether they are needed. */
    public String textsLegend(String language) {
        return text.format(language.equals(Languages.defaultLanguage()) ? "organize.edit.texts.required" : "organize.edit.texts.optional",
                Languages.nameIn(language, text.locale()));
    }
}
