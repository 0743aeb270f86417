package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.PerThread;
import org.firmas.signature.entity.SignerToken;
import org.firmas.signature.entity.TokenPurpose;

/** Issues and resolves the random tokens in supporter links; only their SHA-256 is stored. */
@ApplicationScoped
public class SignerTokens {

    /** Withdrawal and unsubscribing must keep working for as long as the data exists; retention erases it first. */
    static final Duration WITHDRAW_LIFETIME = Duration.ofDays(3650);
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<MessageDigest> SHA_256 = PerThread.jca(() -> MessageDigest.getInstance("SHA-256"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.confirmation.token-days")
    long confirmationDays;

    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long signatureId, TokenPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Duration lifetime = purpose == TokenPurpose.CONFIRM ? Duration.ofDays(confirmationDays) : WITHDRAW_LIFETIME;
        em.persist(new SignerToken(hash(token), signatureId, purpose, clock.instant().plus(lifetime)));
        return token;
    }

    /** The token's record if it exists for that purpose; malformed input never reaches the database. */
    public Optional<SignerToken> find(String token, TokenPurpose purpose) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(SignerToken.class, hash(token))).filter(found -> found.getPurpose() == purpose);
    }

    /**
     * Where a link points (its signature and that signature's campaign) and whether it has expired,
     * read in one plain query that loads none of the signer's details: every confirmation asks, and
     * a JPQL query was prepared anew each time. Empty for an unknown or malformed token.
     */
    public Optional<LinkTarget> target(String token, TokenPurpose purpose, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT t.signature_id, s.campaign_id, CASE WHEN t.expires_at <= ? THEN 1 ELSE 0 END "
                        + "FROM signer_token t JOIN signature s ON s.id = t.signature_id WHERE t.token_hash = ? AND t.purpose = ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, hash(token))
                .setParameter(3, purpose.name())
                .getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row).map(row -> new LinkTarget(
                ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).intValue() == 1));
    }

    /** The signature a link belongs to, with its campaign, and whether the link still works. */
    public record LinkTarget(long signatureId, long campaignId, boolean expired) {
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
