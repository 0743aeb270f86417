package org.firmas.paper.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.boundary.DeliveryPackets;
import org.firmas.paper.control.PacketDocument;
import org.firmas.paper.control.PaperSize;
import org.firmas.paper.control.PlainParagraphs;
import org.firmas.paper.entity.PacketText;

/**
 * Prints the packet an organizer hands one official in person, in the official's language, from
 * what delivery would mail that official: its signers and counts come from {@link DeliveryPackets}.
 * Runs without a transaction: the signers are read a page at a time while the pages are drawn.
 */
@ApplicationScoped
public class OfficialPackets {

    @Inject
    DeliveryPackets delivery;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.paper.size", defaultValue = "letter")
    String paperSize;

    /** Writes the packet; returns how many signers it lists. */
    public long write(long campaignId, CampaignDefinition campaign, Target target, OutputStream out) throws IOException {
        Locale locale = Locale.forLanguageTag(target.language());
        CampaignTexts texts = campaign.texts(locale);
        PacketText packet = new PacketText(locale, LocalDate.now(clock.withZone(campaign.timeZone() == null ? CampaignDefinition.DEFAULT_TIME_ZONE : campaign.timeZone())), texts.title(),
                PlainParagraphs.of(texts.petitionHtml()), target, delivery.facts(campaignId, campaign, target));
        return PacketDocument.write(packet, sink -> delivery.eachSigner(campaignId, target, sink), PaperSize.named(paperSize), out);
    }
}
