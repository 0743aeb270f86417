package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.DataDiskRoom;
import org.firmas.signature.entity.AddressKeys;
import org.firmas.signature.entity.RepeatMail;
import org.firmas.signature.entity.SignerDetails;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SigningResult;

/**
 * Decides what a submitted form becomes. The unique index on (campaign, email key) is the
 * authority on duplicates; the look-up in the insert's transaction only spares the common case a
 * failed one. A new signature, written in a group by {@link SignatureGroupCommit}, waits for its
 * signer's confirmation; a repeated one triggers a reminder mail instead of a second row. A
 * signature the abuse screen holds as suspect is stored like any other, but it is sent no mail and
 * does not count until an organizer releases it; a held repeat gets no reminder either. The
 * answer is the same in every case.
 */
@ApplicationScoped
public class SignatureRecorder {

    @Inject
    SignatureInserts inserts;

    @Inject
    SignatureGroupCommit groupCommit;

    @Inject
    SignerReminders reminders;

    @Inject
    EmailKeys emailKeys;

    @Inject
    SigningScreen screen;

    @Inject
    WriteOutcomes outcomes;

    @Inject
    SigningTally tally;

    @Inject
    DataDiskRoom diskRoom;

    @Inject
    Clock clock;

    /**
     * Nothing is screened for a campaign that takes no signatures, so no limit is spent on it. Any
     * failure to store is {@link SigningResult.NotStored}: the signer is told so only when nothing
     * was committed, never after.
     */
    public SigningResult sign(Campaign campaign, SignerDetails signer, SigningScreen.Submission submission, Locale language) {
        SigningResult refused = refusedBeforeScreening(campaign);
        if (refused != null) {
            return refused;
        }
        AddressKeys keys = emailKeys.of(signer.email());
        SigningOrigin origin = screen.screen(campaign.id(), submission, keys);
        return store(new NewSignature(campaign, signer, keys, language.getLanguage(), origin));
    }

    /**
     * A signature sent by a caller that answers for it (an API key, named by {@code callerName}):
     * the same checks, but a limit exceeded refuses it openly instead of holding it, and a caller
     * trusted to vouch for its signers has the signature recorded confirmed, without a mail.
     */
    public SigningResult signAccountable(Campaign campaign, SignerDetails signer, String callerName, boolean vouched,
                                         Locale language) {
        SigningResult refused = refusedBeforeScreening(campaign);
        if (refused != null) {
            return refused;
        }
        AddressKeys keys = emailKeys.of(signer.email());
        SigningOrigin origin = screen.screenAccountable(campaign.id(), callerName, signer.email(), keys);
        if (origin.isSuspect()) {
            return tally.counted(new SigningResult.Limited(), origin);
        }
        return store(new NewSignature(campaign, signer, keys, language.getLanguage(), origin, vouched));
    }

    /** A closed campaign or a nearly full data disk, before any limit is spent; null when neither. */
    private SigningResult refusedBeforeScreening(Campaign campaign) {
        // The deadline, too: a form shown before it may be posted after, before any page has shown it closed.
        if (!campaign.definition().takesSignaturesAt(clock.instant())) {
            return tally.counted(new SigningResult.Closed(), null);
        }
        if (!diskRoom.enough()) {
            outcomes.failed(new DataDiskNearlyFull());
            return tally.counted(new SigningResult.NotStored(), null);
        }
        return null;
    }

    private SigningResult store(NewSignature signature) {
        try {
            SigningResult result = record(signature);
            outcomes.succeeded();
            return tally.counted(result, signature.origin());
        } catch (RuntimeException notStored) {
            outcomes.failed(notStored);
            return tally.counted(new SigningResult.NotStored(), signature.origin());
        }
    }

    private SigningResult record(NewSignature signature) {
        long campaignId = signature.campaign().id();
        String addressKey = signature.keys().address();
        try {
            Optional<Long> recorded = groupCommit.insertIfNew(signature);
            if (recorded.isPresent()) {
                return new SigningResult.Recorded(recorded.get());
            }
        } catch (RuntimeException insertFailed) {
            // A twin committed between the look-up and the insert: the unique index refused this one.
            if (!inserts.exists(campaignId, addressKey)) {
                throw insertFailed;
            }
        }
        if (signature.origin().isSuspect()) {
            return new SigningResult.Duplicate(new RepeatMail.Sent());
        }
        return new SigningResult.Duplicate(reminders.remindCleanRepeat(signature.campaign(), addressKey, signature.language()));
    }

    /** A new link for an address that may have signed; silent either way. */
    public void resend(Campaign campaign, String email, Locale language) {
        reminders.remind(campaign, emailKeys.addressKey(email), language.getLanguage());
    }

    /** Names the fault in the log line of the episode; it is never thrown. */
    static final class DataDiskNearlyFull extends RuntimeException {
        DataDiskNearlyFull() {
            super("less free space than FIRMAS_DATA_MIN_FREE_MB", null, false, false);
        }
    }
}
