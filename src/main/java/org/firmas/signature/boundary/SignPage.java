package org.firmas.signature.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.platform.ClientAddress;
import org.firmas.platform.PlainText;
import org.firmas.platform.ValidEmail;
import org.firmas.signature.control.SignatureRecorder;
import org.firmas.signature.control.SigningScreen;
import org.firmas.signature.entity.SignerDetails;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SigningResult;

/**
 * The sign form. A new signature and a repeated one end on the same thank-you page, so the form
 * never tells anyone whether an address has signed, nor whether the signature was held as suspect.
 */
@Named
@RequestScoped
public class SignPage {

    @Inject
    CampaignPage campaignPage;

    @Inject
    SignatureRecorder recorder;

    @Inject
    SigningScreen screen;

    @Inject
    ClientAddress clientAddress;

    @NotBlank(message = "{firmas.firstName.required}")
    @Size(max = 100, message = "{firmas.name.tooLong}")
    @PlainText
    private String firstName;

    @NotBlank(message = "{firmas.lastName.required}")
    @Size(max = 100, message = "{firmas.name.tooLong}")
    @PlainText
    private String lastName;

    @NotBlank(message = "{firmas.email.required}")
    @ValidEmail
    private String email;

    @NotBlank(message = "{firmas.zip.required}")
    @Pattern(regexp = "\\s*\\d{5}(-\\d{4})?\\s*", message = "{firmas.zip.invalid}")
    private String zip;

    @Size(max = 40, message = "{firmas.phone.invalid}")
    @Pattern(regexp = "[0-9+().\\s-]*", message = "{firmas.phone.invalid}")
    private String phone;

    @Size(max = 1000, message = "{firmas.comment.tooLong}")
    @PlainText(multiLine = true)
    private String comment;

    private boolean listPublicly;

    private boolean wantsUpdates;

    /** The honeypot: hidden from people, so whatever is in it was typed by a robot. */
    private String website;

    /** The browser's solution to the proof-of-work puzzle; empty without JavaScript. */
    private String proof;

    public String sign() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        SignerDetails signer = new SignerDetails(firstName, lastName, email, zip,
                campaignPage.isAsksPhone() ? phone : null,
                campaignPage.isAsksComment() ? comment : null, listPublicly, wantsUpdates);
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        SigningOrigin origin = screen.screen(campaignPage.getCampaign().id(),
                new SigningScreen.Submission(clientAddress.of(request), email, website, proof));
        SigningResult result = recorder.sign(campaignPage.getCampaign(), signer, locale, origin);
        if (result instanceof SigningResult.Closed) {
            String text = ResourceBundle.getBundle("org.firmas.i18n.messages", locale).getString("sign.closed");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
            return null;
        }
        ExternalContext external = context.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/campaigns/" + campaignPage.getCampaign().slug() + "/thanks");
        return null;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isListPublicly() {
        return listPublicly;
    }

    public void setListPublicly(boolean listPublicly) {
        this.listPublicly = listPublicly;
    }

    public boolean isWantsUpdates() {
        return wantsUpdates;
    }

    public void setWantsUpdates(boolean wantsUpdates) {
        this.wantsUpdates = wantsUpdates;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
