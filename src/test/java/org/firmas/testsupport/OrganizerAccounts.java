package org.firmas.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.firmas.organizer.control.Passwords;
import org.firmas.organizer.entity.PasswordHash;

/** Organizer accounts written straight into the test database, with a known password. */
public final class OrganizerAccounts {

    public static final String PASSWORD = "a long test password";

    private OrganizerAccounts() {
    }

    /** A new organizer (not admin) with a unique address; returns the address. */
    public static String newOrganizer(String name) {
        String email = name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@organizers.example.org";
        PasswordHash hash = Passwords.hash(PASSWORD.toCharArray());
        try (Connection connection = TestDatabase.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO organizer_account "
                     + "(id, email, display_name, role, password_salt, password_iterations, password_hash, active, created_at) "
                     + "VALUES (nextval('organizer_account_seq'), ?, ?, 'organizer', ?, ?, ?, TRUE, now())")) {
            insert.setString(1, email);
            insert.setString(2, name);
            insert.setString(3, hash.salt());
            insert.setInt(4, hash.iterations());
            insert.setString(5, hash.hash());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return email;
    }
}
