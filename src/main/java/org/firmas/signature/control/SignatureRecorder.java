package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SignerDetails;
import org.firmas.signature.entity.SigningResult;

/**
 * Decides what a submitted form becomes. The unique index on (campaign, email key) is the
 * authority on duplicates; the look-up before the insert only spares the common case a failed
 * transaction.
 */
@ApplicationScoped
public class SignatureRecorder {

    @Inject
    SignatureStore store;

    @Inject
    Clock clock;

    public SigningResult sign(Campaign campaign, SignerDetails signer, Locale language) {
        if (!campaign.definition().status().takesSignatures()) {
            return new SigningResult.Closed();
        }
        String emailKey = signer.emailKey();
        if (store.exists(campaign.id(), emailKey)) {
            return new SigningResult.Duplicate();
        }
        Signature signature = new Signature(campaign.id(), signer, emailKey,
                campaign.definition().areaOf(signer.zip()), language.getLanguage(),
                SignatureStatus.CONFIRMED, clock.instant());
        try {
            return new SigningResult.Recorded(store.insert(signature));
        } catch (RuntimeException insertFailed) {
            if (store.exists(campaign.id(), emailKey)) {
                return new SigningResult.Duplicate();
            }
            throw insertFailed;
        }
    }
}
