package org.firmas.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Target;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.delivery.control.BatchOrigin;
import org.firmas.delivery.control.OrganizationSettings;
import org.firmas.delivery.control.SignerLine;
import org.firmas.delivery.entity.PacketFacts;
import org.firmas.delivery.entity.PacketSigner;
import org.firmas.signature.boundary.BatchSignatures;

/**
 * What an official's delivery packet carries, by the rules of the batch mail: the same signers
 * (confirmed, the official's area's only when the official has one), printed by the same
 * {@link SignerLine}, the same counts, sender and link to the petition. Signers are handed on one at a time as they are read.
 */
@ApplicationScoped
public class DeliveryPackets {

    @Inject
    BatchSignatures signatures;

    @Inject
    OrganizationSettings organization;

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    public PacketFacts facts(long campaignId, CampaignDefinition campaign, Target target) {
        long total = signatures.countConfirmed(campaignId);
        Map<String, Long> byArea = campaign.areasByZip().isEmpty()
                ? Map.of() : new TreeMap<>(signatures.countConfirmedByArea(campaignId));
        long areaTotal = target.area() == null ? total : byArea.getOrDefault(target.area(), 0L);
        BatchOrigin origin = new BatchOrigin(organization.name(), organization.contactFor(campaign), baseUrl);
        String signOff = origin.contact().map(Contact::name).filter(name -> !name.equals(origin.organization())).orElse(null);
        return new PacketFacts(origin.organization(), signOff, origin.petitionUrl(campaign.slug(), target.language()),
                total, areaTotal, byArea);
    }

    /** Each signer the official receives, oldest first; returns how many there were. */
    public long eachSigner(long campaignId, Target target, Consumer<PacketSigner> sink) {
        long[] listed = {0};
        signatures.eachConfirmed(campaignId, signer -> {
            if (target.receives(signer.area())) {
                sink.accept(new PacketSigner(SignerLine.signed(signer), signer.area(), SignerLine.comment(signer), signer.onPaper()));
                listed[0]++;
            }
        });
        return listed[0];
    }
}
