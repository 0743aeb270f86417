package org.firmas.signature.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.firmas.signature.entity.SignatureConfirmed;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SigningResult;
import org.firmas.signature.entity.SuspectReason;

/**
 * Counts submitted signatures by outcome, as each is answered ({@code firmas_signatures_total}),
 * and confirmations once committed ({@code firmas_confirmations_total}): a counter on the node,
 * never a row in the database.
 */
@ApplicationScoped
public class SigningTally {

    /**
     * What a submission came to; a held one says whether a limit or a trap held it. A form that broke
     * its rules, or named an area its postal code does not lie in, is {@code INVALID}: answered
     * before it reaches the recorder.
     */
    public enum Outcome {
        RECORDED, RATE_LIMITED, SUSPECT, DUPLICATE, CLOSED, NOT_STORED, INVALID;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    MetricRegistry registry;

    private final Map<Outcome, Counter> signatures = new EnumMap<>(Outcome.class);
    private Counter confirmations;

    /** Creates the counters at start-up, so a scrape shows them at zero before anything happened. */
    void registerEarly(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Calling the bean is what creates it.
    }

    @PostConstruct
    void register() {
        Metadata metadata = Metadata.builder().withName("firmas.signatures")
                .withDescription("Submitted signatures by outcome").build();
        for (Outcome outcome : Outcome.values()) {
            signatures.put(outcome, registry.counter(metadata, new Tag("outcome", outcome.label())));
        }
        confirmations = registry.counter(Metadata.builder().withName("firmas.confirmations")
                .withDescription("Signatures confirmed by their signers").build());
    }

    /** Counts the result and hands it back. */
    public SigningResult counted(SigningResult result, SigningOrigin origin) {
        signatures.get(outcomeOf(result, origin)).inc();
        return result;
    }

    static Outcome outcomeOf(SigningResult result, SigningOrigin origin) {
        if (result instanceof SigningResult.Recorded) {
            return origin == null || !origin.isSuspect() ? Outcome.RECORDED
                    : isLimit(origin.suspectReason()) ? Outcome.RATE_LIMITED : Outcome.SUSPECT;
        }
        if (result instanceof SigningResult.Duplicate) {
            return Outcome.DUPLICATE;
        }
        if (result instanceof SigningResult.Closed) {
            return Outcome.CLOSED;
        }
        if (result instanceof SigningResult.Limited) {
            return Outcome.RATE_LIMITED; // an API key over a limit is refused openly rather than held
        }
        if (result instanceof SigningResult.NotStored) {
            return Outcome.NOT_STORED;
        }
        if (isInvalid(result)) {
            return Outcome.INVALID;
        }
        // An area still to choose is a question to the signer, not yet an answer.
        throw new IllegalArgumentException(result.getClass().getSimpleName() + " is no submission's outcome");
    }

    /** A form refused for what it says: a rule broken, or an area that is none of its postal code's. */
    public static boolean isInvalid(SigningResult result) {
        return result instanceof SigningResult.Refused || result instanceof SigningResult.AreaToChoose choose && choose.refused();
    }

    private static boolean isLimit(SuspectReason reason) {
        return reason != SuspectReason.HONEYPOT && reason != SuspectReason.BAD_PROOF;
    }

    void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignatureConfirmed confirmed) {
        confirmations.inc();
    }
}
