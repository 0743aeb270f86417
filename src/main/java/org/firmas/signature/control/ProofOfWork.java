package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.KeyedHash;

/**
 * A small puzzle the signer's browser solves before the form is sent, in the way of the ALTCHA
 * family, with nothing from a third party: the server picks a random salt and a secret number,
 * and hands out the salt with SHA-256(salt + number) and its keyed signature. Finding the number
 * takes a browser a moment and a flood of fake signatures a great deal of work. The server keeps
 * nothing until a solution comes back; the signature proves the puzzle was ours, the expiry in
 * the salt bounds a stockpile, and each solution is accepted once.
 * <p>
 * The signature covers the salt as well as the hash: salt and number are hashed as one string, so
 * the hash alone would let digits of the number move into the salt's expiry and stretch it by
 * thousands of years. Even a signed expiry further ahead than a puzzle is ever issued for is
 * refused, should the validity setting have been lowered since.
 */
@ApplicationScoped
public class ProofOfWork {

    static final String PURPOSE = "proof-of-work";
    /** Nodes whose clocks differ by this much still accept each other's puzzles. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final Pattern SOLUTION = Pattern.compile("([0-9a-f]{24})\\.(\\d{1,12}):(\\d{1,9}):([0-9a-f]{64})");

    /** A puzzle as the browser receives it. */
    public record Challenge(String salt, String challenge, String signature, int maxNumber) {
    }

    /** What a submitted solution turned out to be. */
    public enum Verdict {
        VALID,
        /** No solution: JavaScript off, or the form was sent before the puzzle was solved. */
        MISSING,
        /** A real solution that has run out of time: a page left open for long. */
        EXPIRED,
        /** Forged, tampered with, or sent before. */
        INVALID
    }

    @Inject
    KeyedHash keyedHash;

    @Inject
    UsedChallenges used;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.proof-of-work.max-number")
    int maxNumber;

    @Inject
    @ConfigProperty(name = "firmas.proof-of-work.valid-minutes")
    long validMinutes;

    private final SecureRandom random = new SecureRandom();

    public Challenge issue() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        Instant expires = clock.instant().plus(Duration.ofMinutes(validMinutes));
        String salt = HexFormat.of().formatHex(nonce) + "." + expires.getEpochSecond();
        String challenge = sha256(salt + random.nextInt(maxNumber + 1));
        return new Challenge(salt, challenge, signature(salt, challenge), maxNumber);
    }

    /** Checks a solution, {@code salt:number:signature}; a valid one is used up by this call. */
    public Verdict check(String solution) {
        if (solution == null || solution.isBlank()) {
            return Verdict.MISSING;
        }
        Matcher parts = SOLUTION.matcher(solution.strip());
        if (!parts.matches()) {
            return Verdict.INVALID;
        }
        String salt = parts.group(1) + "." + parts.group(2);
        String challenge = sha256(salt + Long.parseLong(parts.group(3)));
        byte[] expected = signature(salt, challenge).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Instant now = clock.instant();
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts.group(2)));
        if (expires.isAfter(now.plus(Duration.ofMinutes(validMinutes)).plus(CLOCK_SKEW))) {
            return Verdict.INVALID;
        }
        if (expires.isBefore(now)) {
            return Verdict.EXPIRED;
        }
        return claimed(parts.group(1), expires) ? Verdict.VALID : Verdict.INVALID;
    }

    /**
     * The keyed hash of salt and challenge together. Neither can hold a ':' (hex digits, a dot and
     * a number; the challenge is 64 hex digits), so one text is one pair and no field can borrow
     * from the next.
     */
    private String signature(String salt, String challenge) {
        return keyedHash.of(PURPOSE, salt + ":" + challenge);
    }

    private boolean claimed(String nonce, Instant expires) {
        try {
            return used.claim(nonce, expires);
        } catch (RuntimeException lostTheRace) {
            // The same solution sent twice at once: the other one was first.
            return false;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
