package org.firmas.update.entity;

/** An update as a signer in one language receives it: subject, the HTML part's body and the text part. */
public record UpdatePreview(String language, String subject, String html, String text) {
}
