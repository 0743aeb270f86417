package org.firmas.organizer.entity;

/** A stored password: PBKDF2-HMAC-SHA256 with its own salt and work factor, both Base64. */
public record PasswordHash(String salt, int iterations, String hash) {

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
