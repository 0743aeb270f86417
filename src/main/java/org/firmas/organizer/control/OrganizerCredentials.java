package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.organizer.entity.PasswordHash;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.ListenAddress;

/**
 * Checks an organizer's email and password against the database. An unknown email costs the same
 * hashing as a known one, so response times do not tell which addresses have accounts. The
 * README's demo login opens nothing while other machines can reach the server, even where a
 * loopback start created that account before.
 */
@ApplicationScoped
public class OrganizerCredentials {

    /** Hashed once: the work an unknown email is made to do. */
    private static final PasswordHash DECOY = Passwords.hash("decoy-password-never-matches".toCharArray());

    @Inject
    Accounts accounts;

    @Inject
    ListenAddress listenAddress;

    /** The caller these credentials prove, if they do and the account is active. */
    public Optional<ConsoleCaller> check(String email, char[] password) {
        if (FirstAdmin.isDemoLogin(email, password) && !listenAddress.isLoopbackOnly()) {
            return Optional.empty();
        }
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
