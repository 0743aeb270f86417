package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.AddressKeys;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SignerDetails;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SigningResult;

/**
 * Decides what a submitted form becomes. The unique index on (campaign, email key) is the
 * authority on duplicates; the look-up before the insert only spares the common case a failed
 * transaction. A new signature waits for its signer's confirmation; a repeated one triggers a
 * reminder mail instead of a second row. A signature the abuse checks held as suspect is stored
 * and mailed exactly like any other, only it does not count until an organizer releases it.
 */
@ApplicationScoped
public class SignatureRecorder {

    @Inject
    SignatureStore store;

    @Inject
    EmailKeys emailKeys;

    @Inject
    Clock clock;

    public SigningResult sign(Campaign campaign, SignerDetails signer, Locale language, SigningOrigin origin) {
        if (!campaign.definition().status().takesSignatures()) {
            return new SigningResult.Closed();
        }
        AddressKeys keys = emailKeys.of(signer.email());
        String emailKey = keys.address();
        if (store.exists(campaign.id(), emailKey)) {
            store.remind(campaign, emailKey, language.getLanguage());
            return new SigningResult.Duplicate();
        }
        Signature signature = new Signature(campaign.id(), signer, keys,
                campaign.definition().areaOf(signer.zip()), language.getLanguage(),
                SignatureStatus.PENDING, clock.instant());
        signature.cameFrom(origin);
        try {
            return new SigningResult.Recorded(store.insert(signature, campaign));
        } catch (RuntimeException insertFailed) {
            if (store.exists(campaign.id(), emailKey)) {
                store.remind(campaign, emailKey, language.getLanguage());
                return new SigningResult.Duplicate();
            }
            throw insertFailed;
        }
    }

    /** A new link for an address that may have signed; silent either way. */
    public void resend(Campaign campaign, String email, Locale language) {
        store.remind(campaign, emailKeys.addressKey(email), language.getLanguage());
    }
}
