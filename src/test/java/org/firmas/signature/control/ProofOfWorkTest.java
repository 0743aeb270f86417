package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.firmas.platform.DataKey;
import org.firmas.platform.KeyedHash;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final DataKey KEY = DataKey.fromBase64("nvh8FIP0pgYWE/jLpLvKDe5odz+zTkZG+V5bbNVx/kI=");

    @Test
    void aSolvedPuzzleIsAcceptedOnceAndOnlyOnce() {
        ProofOfWork pow = proofOfWork(NOW);
        String solution = solve(pow.issue());

        assertEquals(ProofOfWork.Verdict.VALID, pow.check(solution));
        assertEquals(ProofOfWork.Verdict.INVALID, pow.check(solution), "a solution is spent once used");
    }

    @Test
    void aTamperedOrForgedSolutionIsInvalid() {
        ProofOfWork pow = proofOfWork(NOW);
        String solution = solve(pow.issue());
        String[] parts = solution.split(":");

        assertEquals(ProofOfWork.Verdict.INVALID, pow.check(parts[0] + ":" + (Long.parseLong(parts[1]) + 1) + ":" + parts[2]));
        assertEquals(ProofOfWork.Verdict.INVALID, pow.check(parts[0] + ":" + parts[1] + ":" + "0".repeat(64)));
        String otherExpiry = parts[0].substring(0, 25) + (NOW.getEpochSecond() + 999_999);
        assertEquals(ProofOfWork.Verdict.INVALID, pow.check(otherExpiry + ":" + parts[1] + ":" + parts[2]));
        assertEquals(ProofOfWork.Verdict.INVALID, pow.check("<script>"));
        assertEquals(ProofOfWork.Verdict.VALID, pow.check(solution), "none of that used the real one up");
    }

    @Test
    void digitsMovedFromTheNumberIntoTheExpiryDoNotForgeALaterExpiry() {
        String solution;
        String shifted;
        do {
            solution = solve(proofOfWork(NOW).issue());
            shifted = shifted(solution);
        } while (shifted == null);
        // The hashed text is the same, salt and number written one after the other, and the
        // expiry of a solution long expired now lies thousands of years ahead.
        assertEquals(solution.split(":")[0] + solution.split(":")[1], shifted.split(":")[0] + shifted.split(":")[1]);

        assertEquals(ProofOfWork.Verdict.INVALID, proofOfWork(NOW.plus(Duration.ofMinutes(61))).check(shifted));
        assertEquals(ProofOfWork.Verdict.EXPIRED, proofOfWork(NOW.plus(Duration.ofMinutes(61))).check(solution));
    }

    @Test
    void anExpiryBeyondTheValidityIsRefusedEvenWhenSignedByUs() {
        ProofOfWork lenient = proofOfWork(NOW);
        lenient.validMinutes = 60 * 24 * 365;
        assertEquals(ProofOfWork.Verdict.INVALID, proofOfWork(NOW).check(solve(lenient.issue())));
        ProofOfWork slightlyAhead = proofOfWork(NOW.plus(Duration.ofSeconds(30)));
        assertEquals(ProofOfWork.Verdict.VALID, proofOfWork(NOW).check(solve(slightlyAhead.issue())),
                "another node's clock a little ahead is no forgery");
    }

    @Test
    void aPuzzleFromAnotherServerKeyIsInvalid() {
        ProofOfWork theirs = proofOfWork(NOW);
        theirs.keyedHash = hashUnder(DataKey.fromBase64("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assertEquals(ProofOfWork.Verdict.INVALID, proofOfWork(NOW).check(solve(theirs.issue())));
    }

    @Test
    void aLateOrMissingSolutionIsToldApartFromAForgedOne() {
        String solution = solve(proofOfWork(NOW).issue());

        assertEquals(ProofOfWork.Verdict.EXPIRED, proofOfWork(NOW.plus(Duration.ofMinutes(61))).check(solution));
        assertEquals(ProofOfWork.Verdict.MISSING, proofOfWork(NOW).check(""));
        assertEquals(ProofOfWork.Verdict.MISSING, proofOfWork(NOW).check(null));
    }

    /** The solution with the leading digits of its number moved into the salt's expiry; null for a one-digit number. */
    static String shifted(String solution) {
        String[] parts = solution.split(":");
        for (int moved = 1; moved < parts[1].length(); moved++) {
            if (parts[1].charAt(moved) != '0') {
                return parts[0] + parts[1].substring(0, moved) + ":" + parts[1].substring(moved) + ":" + parts[2];
            }
        }
        return null;
    }

    /** What the browser's script does: try numbers until the hash matches. */
    private static String solve(ProofOfWork.Challenge challenge) {
        for (int n = 0; n <= challenge.maxNumber(); n++) {
            if (ProofOfWork.sha256(challenge.salt() + n).equals(challenge.challenge())) {
                return challenge.salt() + ":" + n + ":" + challenge.signature();
            }
        }
        throw new AssertionError("no solution");
    }

    private static ProofOfWork proofOfWork(Instant now) {
        ProofOfWork pow = new ProofOfWork();
        pow.keyedHash = hashUnder(KEY);
        pow.used = new UsedChallenges() {
            private final Set<String> spent = new HashSet<>();

            @Override
            public boolean claim(String nonce, Instant expires) {
                return spent.add(nonce);
            }
        };
        pow.clock = Clock.fixed(now, ZoneOffset.UTC);
        pow.maxNumber = 2000;
        pow.validMinutes = 60;
        return pow;
    }

    private static KeyedHash hashUnder(DataKey key) {
        return new KeyedHash() {
            @Override
            public String of(String purpose, String value) {
                return KeyedHash.with(key, purpose, value);
            }
        };
    }
}
