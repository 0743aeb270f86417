package org.firmas.signature.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.ValidEmail;
import org.firmas.signature.control.SignatureRecorder;
import org.firmas.signature.entity.LinkResult;

/**
 * The page behind the confirmation link. Opening it changes nothing, because mail scanners open
 * links on their own; only the Confirm button (a POST) counts the signature. An expired link
 * offers a new one.
 */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    SignatureConfirmer confirmer;

    @Inject
    SignatureRecorder recorder;

    @Inject
    CampaignCatalog catalog;

    private String token;
    private LinkResult link;
    private boolean resent;

    @NotBlank(message = "{firmas.email.required}")
    @ValidEmail
    private String email;

    @PostConstruct
    void load() {
        token = SupporterLinkFilter.tokenOf(request());
        link = SupporterLinkFilter.checkedLinkOf(request()).orElse(null);
    }

    /** The link as it stands, read when the page is rendered; a press of Confirm needs no reading first. */
    private LinkResult link() {
        if (link == null) {
            link = confirmer.check(token);
        }
        return link;
    }

    public String confirm() throws IOException {
        link = confirmer.confirm(token);
        Optional<Campaign> campaign = campaign();
        if (link instanceof LinkResult.Done && campaign.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(DirectConfirming.confirmedUrl(external.getRequestContextPath(), campaign.get()));
        }
        return null;
    }

    /** Sends a fresh link if this address signed this campaign; says the same either way. */
    public String resend() {
        campaign().ifPresent(campaign -> recorder.resend(campaign, email,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        resent = true;
        return null;
    }

    public boolean isReady() {
        return link() instanceof LinkResult.Done && campaign().isPresent();
    }

    public boolean isExpired() {
        return link() instanceof LinkResult.Expired && campaign().isPresent();
    }

    public boolean isUnknown() {
        return !isReady() && !isExpired();
    }

    public boolean isResent() {
        return resent;
    }

    public String getCampaignTitle() {
        return campaign().map(campaign -> campaign.definition()
                .texts(FacesContext.getCurrentInstance().getViewRoot().getLocale()).title()).orElse("");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    private Optional<Campaign> campaign() {
        LinkResult current = link();
        if (current instanceof LinkResult.Done done) {
            return catalog.findById(done.campaignId());
        }
        if (current instanceof LinkResult.Expired expired) {
            return catalog.findById(expired.campaignId());
        }
        return Optional.empty();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
