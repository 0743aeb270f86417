package org.firmas.mydata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.mydata.control.MyDataAudit;
import org.firmas.mydata.control.MyDataLinks;
import org.firmas.mydata.entity.LinkState;
import org.firmas.mydata.entity.LinkToken;
import org.firmas.mydata.entity.MyDataAction;
import org.firmas.mydata.entity.SignedCampaign;
import org.firmas.platform.KeyedHash;
import org.firmas.signature.boundary.SupporterRecords;
import org.firmas.signature.entity.HeldSignature;
import org.firmas.signature.entity.UnsubscribeLink;
import org.firmas.update.boundary.Unsubscribing;

/**
 * What a working "my data" link shows and does. Each action goes through the boundary that does
 * the same for the product's other links (withdrawal, retention's erasure, unsubscribing), and is
 * audited by signature ids (an erasure by its count). Every call checks the link again: it is carried in the page's forms,
 * not in a session.
 */
@ApplicationScoped
public class MyDataActions {

    /** The keyed hash's purpose for the erase confirmation's value. */
    private static final String CONFIRM_ERASE = "my-data-erase";

    @Inject
    MyDataLinks links;

    @Inject
    SupporterRecords records;

    @Inject
    Unsubscribing unsubscribing;

    @Inject
    CampaignCatalog catalog;

    @Inject
    MyDataAudit audit;

    @Inject
    KeyedHash keyedHash;

    @Inject
    Clock clock;

    /** The link's state, and when it works, every signature of its address (audited as viewed). */
    public record Shown(LinkState state, List<SignedCampaign> signatures) {
    }

    @Transactional
    public Shown show(String token, Locale language) {
        Instant now = clock.instant();
        LinkState state = links.state(token, now);
        if (!(state instanceof LinkState.Open open)) {
            return new Shown(state, List.of());
        }
        List<HeldSignature> held = records.heldFor(open.emailKey());
        Set<Long> stopped = unsubscribing.unsubscribedAmong(ids(held));
        audit.record(MyDataAction.VIEWED, ids(held), now);
        return new Shown(open, held.stream().map(signature -> shown(signature, stopped, language)).toList());
    }

    @Transactional
    public LinkState withdraw(String token, long signatureId) {
        Instant now = clock.instant();
        LinkState state = links.state(token, now);
        if (state instanceof LinkState.Open open && records.withdraw(signatureId, open.emailKey())) {
            audit.record(MyDataAction.WITHDREW, List.of(signatureId), now);
        }
        return state;
    }

    /** Stops the updates of one signature's campaign, or of every campaign when {@code signatureId} is null. */
    @Transactional
    public LinkState stopUpdates(String token, Long signatureId) {
        Instant now = clock.instant();
        LinkState state = links.state(token, now);
        if (state instanceof LinkState.Open open) {
            List<HeldSignature> chosen = records.heldFor(open.emailKey()).stream()
                    .filter(signature -> signatureId == null || signature.id() == signatureId)
                    .filter(HeldSignature::wantsUpdates).toList();
            chosen.forEach(signature -> unsubscribing.unsubscribe(
                    new UnsubscribeLink(signature.id(), signature.campaignId(), open.emailKey())));
            audit.record(MyDataAction.STOPPED_UPDATES, ids(chosen), now);
        }
        return state;
    }

    /**
     * What the confirmation page's form carries: bound to the link, and different from anything a
     * page before it holds, so only a post from that page erases.
     */
    public String eraseConfirmation(String token) {
        return keyedHash.of(CONFIRM_ERASE, LinkToken.hashOf(token));
    }

    /**
     * Erases the address's data on every campaign (the counts stay), and with it every link of the
     * address, once the confirmation page's value came with the post; null when it did not, and
     * nothing happened.
     */
    @Transactional
    public LinkState eraseEverything(String token, String confirmation) {
        if (!LinkToken.isWellFormed(token) || confirmation == null || !MessageDigest.isEqual(
                eraseConfirmation(token).getBytes(StandardCharsets.US_ASCII), confirmation.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        Instant now = clock.instant();
        LinkState state = links.state(token, now);
        if (state instanceof LinkState.Open open) {
            audit.recordErased(records.erase(open.emailKey()).size(), now);
            links.useUp(open.emailKey());
        }
        return state;
    }

    /** Whether the link still opens data: withdrawing an address's last signature takes its links with it. */
    @Transactional
    public boolean works(String token) {
        return links.state(token, clock.instant()) instanceof LinkState.Open;
    }

    /** The supporter is done: the link stops working at once. */
    @Transactional
    public LinkState end(String token) {
        Instant now = clock.instant();
        LinkState state = links.state(token, now);
        if (state instanceof LinkState.Open) {
            links.end(token);
            audit.record(MyDataAction.LINK_ENDED, List.of(), now);
        }
        return state;
    }

    private SignedCampaign shown(HeldSignature signature, Set<Long> stopped, Locale language) {
        Campaign campaign = catalog.findById(signature.campaignId()).orElse(null);
        return new SignedCampaign(signature, campaign == null ? "" : campaign.definition().texts(language).title(),
                campaign == null ? "" : campaign.slug(), campaign == null ? CampaignDefinition.DEFAULT_TIME_ZONE
                : campaign.definition().timeZone(), stopped.contains(signature.id()));
    }

    private static List<Long> ids(List<HeldSignature> signatures) {
        return signatures.stream().map(HeldSignature::id).toList();
    }
}
