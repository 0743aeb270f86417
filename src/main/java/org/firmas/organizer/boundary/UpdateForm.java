package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firmas.platform.Languages;
import org.firmas.update.entity.UpdateDraft;

/** The fields of the update page, as typed: a subject and body per language of the site; {@link #draft()} is what is saved. */
public class UpdateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Text> texts = new LinkedHashMap<>();
    private String audience = "";
    private boolean touched;

    public UpdateForm() {
        Languages.all().forEach(language -> texts.put(language, new Text()));
    }

    void fill(UpdateDraft draft) {
        texts.forEach((language, text) -> {
            text.subject = draft.subject(language);
            text.body = draft.body(language);
        });
        audience = draft.audience();
    }

    /** Whether the organizer typed into it in this view, which a reload of the saved text must not overwrite. */
    boolean touched() {
        return touched;
    }

    UpdateDraft draft() {
        Map<String, String> subjects = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        texts.forEach((language, text) -> {
            subjects.put(language, text.subject);
            bodies.put(language, text.body);
        });
        return new UpdateDraft(subjects, bodies, audience);
    }

    /** One language's subject and body, by language code. */
    public Map<String, Text> getTexts() {
        return texts;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
        touched = true;
    }

    /** The subject and Markdown body in one language. */
    public class Text implements Serializable {

        private static final long serialVersionUID = 1L;

        private String subject = "";
        private String body = "";

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
            touched = true;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
            touched = true;
        }
    }
}
