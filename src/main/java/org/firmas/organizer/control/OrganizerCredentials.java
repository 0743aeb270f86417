package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.organizer.entity.PasswordHash;
import org.firmas.platform.EmailSyntax;

/**
 * Checks an organizer's email and password against the database. An unknown email costs the same
 * hashing as a known one, so response times do not tell which addresses have accounts.
 */
@ApplicationScoped
public class OrganizerCredentials {

    /** Hashed once: the work an unknown email is made to do. */
    private static final PasswordHash DECOY = Passwords.hash("decoy-password-never-matches".toCharArray());

    @Inject
    Accounts accounts;

    /** The caller these credentials prove, if they do and the account is active. */
    public Optional<ConsoleCaller> check(String email, char[] password) {
        // Only an address can name an account; anything else (a NUL byte the database refuses) is not looked up.
        Optional<OrganizerAccount> account = EmailSyntax.isValid(email) ? accounts.byEmail(email) : Optional.empty();
        boolean matches = Passwords.matches(password, account.map(OrganizerAccount::getPassword).orElse(DECOY));
        if (account.isEmpty() || !matches || !account.get().isActive()) {
            return Optional.empty();
        }
        if (Passwords.needsRehash(account.get().getPassword())) {
            accounts.changePassword(account.get().getId(), Passwords.hash(password));
        }
        return Optional.of(new ConsoleCaller(account.get().getEmail(), account.get().getRole().groupName()));
    }
}
