package org.firmas.delivery.entity;

/** What became of an update's mails: accepted by the mail server, refused for good, still waiting. */
public record UpdateMailFigures(long sent, long failed, long waiting) {
}
