package org.firmas.update.entity;

import java.time.Instant;
import java.util.Map;

/**
 * An update as the console lists it, with its subject by language, whether it has the default
 * language's text it needs to be sent, and what became of its mails.
 */
public record UpdateSummary(long id, UpdateStatus status, String origin, Map<String, String> subjects, boolean readyToSend,
                            Instant createdAt, Instant sentAt, long queued, long sent, long failed, long unsubscribed) {
}
