package org.firmas.campaign.boundary;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A timestamp column read by a native query: drivers hand it over as one of several types. */
final class SqlInstants {

    private SqlInstants() {
    }

    static Instant of(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Timestamp read as " + value.getClass().getName());
    }
}
