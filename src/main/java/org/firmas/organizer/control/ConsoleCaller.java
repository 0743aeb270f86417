package org.firmas.organizer.control;

import java.io.Serializable;

/** Who is logged in to the console: the account's email and its role's group. Kept in the session. */
public record ConsoleCaller(String email, String group) implements Serializable {
}
