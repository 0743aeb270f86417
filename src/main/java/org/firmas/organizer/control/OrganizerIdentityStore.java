package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.organizer.entity.PasswordHash;
import org.firmas.platform.EmailSyntax;

/**
 * Checks an organizer's email and password against the database. An unknown email costs the same
 * hashing as a known one, so response times do not tell which addresses have accounts.
 */
@ApplicationScoped
public class OrganizerIdentityStore implements IdentityStore {

    /** Hashed once: the work an unknown email is made to do. */
    private static final PasswordHash DECOY = Passwords.hash("decoy-password-never-matches".toCharArray());

    @Inject
    Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        // Only an address can name an account; anything else (a NUL byte the database refuses) is not looked up.
        Optional<OrganizerAccount> account = EmailSyntax.isValid(credential.getCaller())
                ? accounts.byEmail(credential.getCaller()) : Optional.empty();
        char[] password = credential.getPassword().getValue();
        boolean matches = Passwords.matches(password, account.map(OrganizerAccount::getPassword).orElse(DECOY));
        if (account.isEmpty() || !matches || !account.get().isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (Passwords.needsRehash(account.get().getPassword())) {
            accounts.changePassword(account.get().getId(), Passwords.hash(password));
        }
        return new CredentialValidationResult(account.get().getEmail(), Set.of(account.get().getRole().groupName()));
    }
}
