package org.firmas.update.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An update's subject and body in one language, a row of {@code supporter_update_text}. */
@Embeddable
public class UpdateText {

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    protected UpdateText() {
    }

    UpdateText(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }
}
