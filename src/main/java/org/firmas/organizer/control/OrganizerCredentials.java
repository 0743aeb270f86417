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
        PasswordHash stored = account.get().getPassword();
        if (Passwords.needsRehash(stored)) { // a new hash is a new fingerprint: the account's other sessions end
            stored = Passwords.hash(password);
            accounts.changePassword(account.get().getId(), stored);
        }
        return Optional.of(callerOf(account.get(), stored));
    }

    /**
     * The caller a session holds, as the account stands now: empty once the account is deactivated
     * or its password changed since the session logged in, so a changed password ends every other
     * session, and a changed role applies at the next request.
     */
    public Optional<ConsoleCaller> current(ConsoleCaller caller) {
        return accounts.byEmail(caller.email()).filter(OrganizerAccount::isActive)
                .map(account -> callerOf(account, account.getPassword()))
                .filter(now -> now.passwordFingerprint().equals(caller.passwordFingerprint()));
    }

    /** The account logged in with this password. */
    public static ConsoleCaller callerOf(OrganizerAccount account, PasswordHash password) {
        return new ConsoleCaller(account.getEmail(), account.getRole().groupName(), password.fingerprint());
    }
}
