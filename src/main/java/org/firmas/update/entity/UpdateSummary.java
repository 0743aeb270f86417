package org.firmas.update.entity;

import java.time.Instant;

/** An update as the console lists it, with what became of its mails. */
public record UpdateSummary(long id, UpdateStatus status, String origin, String subjectEn, String subjectEs,
                            Instant createdAt, Instant sentAt, long queued, long sent, long failed, long unsubscribed) {
}
