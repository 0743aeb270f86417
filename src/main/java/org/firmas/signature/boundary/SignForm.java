package org.firmas.signature.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.SigningSources;
import org.firmas.platform.PlainText;
import org.firmas.platform.ValidEmail;
import org.firmas.signature.control.SigningScreen;
import org.firmas.signature.entity.SignerDetails;

/**
 * What the sign form carries, with the rules each field must meet. The Faces page binds to it and
 * {@link DirectSigning} fills it from a post, so both paths judge a form by the same constraints.
 */
public class SignForm {

    /** A ZIP code or ZIP+4; the sign form gives browsers the same rule, so they refuse what the server would. */
    public static final String ZIP = "\\s*\\d{5}(-\\d{4})?\\s*";
    /** 6 to 15 digits on one line, with spaces, + ( ) . or - between them; or nothing. */
    public static final String PHONE = " *| *\\+?[ (]*[0-9](?:[ ().-]*[0-9]){5,14}[ )]*";

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
    @Pattern(regexp = ZIP, message = "{firmas.zip.invalid}")
    private String zip;

    /** Optional; else 6 to 15 digits (E.164's most), maybe a leading +, spaces ( ) . - between them, on one line. */
    @Size(max = 40, message = "{firmas.phone.invalid}")
    @Pattern(regexp = PHONE, message = "{firmas.phone.invalid}")
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

    /** Where the signer came from, carried in a hidden field; never refused, only recorded as none when unknown. */
    private String source;

    /** The partner's own opt-in, offered when the source is a partner that asks for one. */
    private boolean partnerOptIn;

    /** The area chosen for a ZIP code that straddles several; only those are asked. */
    private String area;

    /** The signer's answers, keeping only the optional ones this campaign asks for, with the area settled. */
    SignerDetails signer(Campaign campaign, String settledArea) {
        String known = SigningSources.recognized(campaign.definition(), source);
        Partner partner = known == null ? null : campaign.definition().partner(known);
        return new SignerDetails(firstName, lastName, email, zip,
                campaign.definition().fields().phone() ? phone : null,
                campaign.definition().fields().comment() ? comment : null, listPublicly, wantsUpdates, settledArea,
                known, partnerOptIn && partner != null && partner.asksOptIn());
    }

    /** What the abuse screen looks at besides the signer's details. */
    SigningScreen.Submission submission(String clientAddress) {
        return new SigningScreen.Submission(clientAddress, email, website, proof);
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isPartnerOptIn() {
        return partnerOptIn;
    }

    public void setPartnerOptIn(boolean partnerOptIn) {
        this.partnerOptIn = partnerOptIn;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
