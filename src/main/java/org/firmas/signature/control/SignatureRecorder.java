package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.AddressKeys;
import org.firmas.signature.entity.SignerDetails;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SigningResult;

/**
 * Decides what a submitted form becomes. The unique index on (campaign, email key) is the
 * authority on duplicates; the look-up in the insert's transaction only spares the common case a
 * failed one. A new signature, written in a group by {@link SignatureWriter}, waits for its
 * signer's confirmation; a repeated one triggers a reminder mail instead of a second row. A
 * signature the abuse screen holds as suspect is stored like any other, but it is sent no mail and
 * does not count until an organizer releases it; a held repeat gets no reminder either. The
 * answer is the same in every case.
 */
@ApplicationScoped
public class SignatureRecorder {

    @Inject
    SignatureStore store;

    @Inject
    SignatureWriter writer;

    @Inject
    EmailKeys emailKeys;

    @Inject
    SigningScreen screen;

    /** Nothing is screened for a campaign that takes no signatures, so no limit is spent on it. */
    public SigningResult sign(Campaign campaign, SignerDetails signer, SigningScreen.Submission submission, Locale language) {
        if (!campaign.definition().status().takesSignatures()) {
            return new SigningResult.Closed();
        }
        AddressKeys keys = emailKeys.of(signer.email());
        SigningOrigin origin = screen.screen(campaign.id(), submission, keys);
        try {
            Optional<Long> recorded = writer.insertIfNew(new NewSignature(campaign, signer, keys, language.getLanguage(), origin));
            if (recorded.isPresent()) {
                return new SigningResult.Recorded(recorded.get());
            }
        } catch (RuntimeException insertFailed) {
            // A twin committed between the look-up and the insert: the unique index refused this one.
            if (!store.exists(campaign.id(), keys.address())) {
                throw insertFailed;
            }
        }
        if (!origin.isSuspect()) {
            store.remind(campaign, keys.address(), language.getLanguage());
        }
        return new SigningResult.Duplicate();
    }

    /** A new link for an address that may have signed; silent either way. */
    public void resend(Campaign campaign, String email, Locale language) {
        store.remind(campaign, emailKeys.addressKey(email), language.getLanguage());
    }
}
