package org.firmas.organizer.control;

import java.io.Serializable;

/**
 * Who is logged in to the console: the account's email, its role's group, and a fingerprint of the
 * password the session was opened with. Kept in the session; a session whose fingerprint no longer
 * matches the account's password (changed since) is logged out.
 */
public record ConsoleCaller(String email, String group, String passwordFingerprint) implements Serializable {
}
