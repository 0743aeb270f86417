package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Languages;
import org.firmas.response.boundary.ResponseCheck;
import org.firmas.response.entity.ResponseText;

/** An official's response as the console's form holds it, typed and not yet checked. */
public class ResponseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String targetEmail;
    private String receivedOn;
    private String language = "en";
    private String text;
    /** By language code, one for each language of the site; the one of the response's own language stays empty. */
    private final Map<String, String> translations = new LinkedHashMap<>();
    private String link;

    public ResponseForm() {
        Languages.all().forEach(language -> translations.put(language, ""));
    }

    /** A new response: the first target, today, in that target's language. */
    void fill(Target target, LocalDate today) {
        targetEmail = target.email();
        receivedOn = today.toString();
        language = target.language();
    }

    void fill(ResponseText response) {
        targetEmail = response.targetEmail();
        receivedOn = response.receivedOn().toString();
        language = response.language();
        text = response.text();
        translations.replaceAll((language, typed) -> response.translations().getOrDefault(language, ""));
        link = response.documentUrl();
    }

    ResponseCheck.Input input() {
        return new ResponseCheck.Input(targetEmail, receivedOn, language, text, translations, link);
    }

    public String getTargetEmail() {
        return targetEmail;
    }

    public void setTargetEmail(String targetEmail) {
        this.targetEmail = targetEmail;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<String, String> getTranslations() {
        return translations;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
