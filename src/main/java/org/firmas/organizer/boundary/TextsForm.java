package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firmas.campaign.entity.CampaignTexts;

/** The texts of one language in the edit form. */
public class TextsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private String body;
    private String petition;
    private String privacy;
    /** Kept as the file has it: the form does not edit it. */
    private String areaQuestion = "";

    static TextsForm of(CampaignTexts texts) {
        TextsForm form = new TextsForm();
        if (texts != null) {
            form.title = texts.title();
            form.summary = texts.summary();
            form.body = texts.body();
            form.petition = texts.petition();
            form.privacy = texts.privacy();
            form.areaQuestion = texts.areaQuestion();
        }
        return form;
    }

    /** Unchecked: the HTML forms stay empty, the parser renders them when the text is read back. */
    CampaignTexts toTexts() {
        return new CampaignTexts(clean(title), clean(summary), clean(body), "", clean(petition), "", clean(privacy), "", clean(areaQuestion));
    }

    /** Nothing written: the campaign is not offered in this language. */
    boolean isBlank() {
        return clean(title).isEmpty() && clean(summary).isEmpty() && clean(body).isEmpty() && clean(petition).isEmpty()
                && clean(privacy).isEmpty();
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** A row's texts per language as the file keeps them: cleaned, and a language left empty left out. */
    static Map<String, String> written(Map<String, String> byLanguage) {
        Map<String, String> written = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> {
            if (!clean(text).isEmpty()) {
                written.put(language, clean(text));
            }
        });
        return written;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPetition() {
        return petition;
    }

    public void setPetition(String petition) {
        this.petition = petition;
    }

    public String getPrivacy() {
        return privacy;
    }

    public void setPrivacy(String privacy) {
        this.privacy = privacy;
    }
}
