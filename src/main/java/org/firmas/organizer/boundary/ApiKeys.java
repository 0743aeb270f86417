package org.firmas.organizer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.boundary.ConsoleCampaignRows;
import org.firmas.organizer.control.Accounts;
import org.firmas.organizer.entity.ApiAuditEntry;
import org.firmas.organizer.entity.ApiKey;
import org.firmas.organizer.entity.OrganizerAccount;

/**
 * API keys: made for an account and shown once, kept as the SHA-256 of the key, revoked by their
 * owner or an admin, trusted by an admin. A key acts with its account's campaign access, decided by
 * {@link CampaignAccess#allows}, and every use on signatures is written to the audit trail.
 * A plain hash suffices: a key is 256 random bits, which no dictionary holds, and each request
 * checks one without a password hash's deliberate cost.
 */
@ApplicationScoped
public class ApiKeys {

    /** The prefix makes a leaked key recognisable in logs and by secret scanners. */
    static final String PREFIX = "firmas_";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ConsoleCampaignRows campaigns;

    @Inject
    Clock clock;

    /** Makes a key for the account; the key is returned once and never stored. */
    @Transactional
    public String create(long accountId, String label) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new ApiKey(accountId, label, hash(token), clock.instant()));
        return token;
    }

    /** An admin sees every key, so as to trust or revoke it; an organizer their own. */
    List<ApiKey> visibleTo(long accountId, boolean admin) {
        return admin ? em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList()
                : em.createNamedQuery(ApiKey.OF_ACCOUNT, ApiKey.class).setParameter("account", accountId).getResultList();
    }

    /** Revokes a key its owner or an admin names; false for a key the caller may not touch. */
    @Transactional
    public boolean revoke(long keyId, long accountId, boolean admin) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !(admin || key.getAccountId() == accountId)) {
            return false;
        }
        key.revoke(clock.instant());
        return true;
    }

    /** Only an admin may call it: the page checks the role. */
    @Transactional
    public void trust(long keyId, boolean trusted) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key != null) {
            key.setTrusted(trusted);
        }
    }

    /** The caller behind a key; empty for a missing, unknown or revoked key, or one whose account is deactivated. */
    public Optional<ApiCaller> caller(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiKey> key = em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class).setParameter("hash", hash(token.strip()))
                .getResultStream().filter(found -> !found.isRevoked()).findFirst();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return accounts.byId(key.get().getAccountId()).filter(OrganizerAccount::isActive)
                .map(account -> new ApiCaller(key.get().getId(), account.getId(), account.isAdmin(), key.get().isTrusted()));
    }

    /** Whether the key's account may see the campaign's signatures. */
    public boolean mayRead(ApiCaller caller, long campaignId) {
        return campaigns.find(campaignId).filter(row -> CampaignAccess.allows(caller.admin(), caller.accountId(), row)).isPresent();
    }

    /** Writes one use of a key on a campaign to the audit trail, once the use is done. */
    @Transactional
    public void used(ApiCaller caller, long campaignId, ApiUse use) {
        em.persist(new ApiAuditEntry(caller.keyId(), caller.accountId(), campaignId, use.name(), clock.instant()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
