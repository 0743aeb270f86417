package org.firmas.signature.control;

import java.time.Instant;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.AddressKeys;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SignerDetails;
import org.firmas.signature.entity.SigningOrigin;

/**
 * A signature waiting to be written: all but the row itself, which each attempt builds afresh,
 * so a transaction that rolls back leaves nothing half-written behind for the next one.
 */
public record NewSignature(Campaign campaign, SignerDetails signer, AddressKeys keys, String language,
                           SigningOrigin origin, boolean vouched) {

    /** A signature its signer must confirm: every one but those a trusted API key vouches for. */
    public NewSignature(Campaign campaign, SignerDetails signer, AddressKeys keys, String language, SigningOrigin origin) {
        this(campaign, signer, keys, language, origin, false);
    }

    Signature row(Instant now) {
        Signature signature = new Signature(campaign.id(), signer, keys, signer.area(),
                language, SignatureStatus.PENDING, now);
        signature.cameFrom(origin);
        if (vouched && !origin.isSuspect()) {
            signature.vouchedFor(now);
        }
        return signature;
    }

    /** What the unique index says is one signature: one address on one campaign. */
    String uniqueKey() {
        return uniqueKey(campaign.id(), keys.address());
    }

    /** The same key for a row read back from the database. */
    static String uniqueKey(long campaignId, String addressKey) {
        return campaignId + ":" + addressKey;
    }
}
