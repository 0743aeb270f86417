package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.organizer.entity.PasswordHash;
import org.firmas.organizer.entity.Role;

/**
 * Organizer accounts in the database. Emails are stored lower-cased so a login is case-blind.
 * Reads need no transaction; the console pages that change an account hold one.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<OrganizerAccount> byEmail(String email) {
        return em.createNamedQuery(OrganizerAccount.BY_EMAIL, OrganizerAccount.class)
                .setParameter("email", normalize(email))
                .getResultStream().findFirst();
    }

    public Optional<OrganizerAccount> byId(long id) {
        return Optional.ofNullable(em.find(OrganizerAccount.class, id));
    }

    public List<OrganizerAccount> all() {
        return em.createNamedQuery(OrganizerAccount.ALL, OrganizerAccount.class).getResultList();
    }

    public long countAdmins() {
        return em.createNamedQuery(OrganizerAccount.COUNT_ADMINS, Long.class).getSingleResult();
    }

    /** Creates an account; the unique email decides between two creators racing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW) // on its own, so the creator that lost the race can look again
    public OrganizerAccount create(String email, String displayName, Role role, PasswordHash password) {
        OrganizerAccount account = new OrganizerAccount(normalize(email), displayName, role, password, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    /** Creates a partner's account for one campaign and partner key; the unique email decides a race as above. */
    @Transactional(Transactional.TxType.REQUIRES_NEW) // on its own, like create
    public OrganizerAccount createPartner(String email, String displayName, long campaignId, String partnerKey, PasswordHash password) {
        OrganizerAccount account = OrganizerAccount.partner(normalize(email), displayName, campaignId, partnerKey, password, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    /** The hash is made before: neither a login nor the password page holds a transaction across the slow hashing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW) // logins call it outside any transaction
    public void changePassword(long id, PasswordHash password) {
        OrganizerAccount account = em.find(OrganizerAccount.class, id);
        if (account != null) {
            account.setPassword(password);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setActive(long id, boolean active) {
        OrganizerAccount account = em.find(OrganizerAccount.class, id);
        if (account != null) {
            account.setActive(active);
        }
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
