package org.firmas.update.entity;

import java.time.Instant;
import java.util.Map;

/** An update as the console lists it, with its subject by language and what became of its mails. */
public record UpdateSummary(long id, UpdateStatus status, String origin, Map<String, String> subjects,
                            Instant createdAt, Instant sentAt, long queued, long sent, long failed, long unsubscribed) {
}
