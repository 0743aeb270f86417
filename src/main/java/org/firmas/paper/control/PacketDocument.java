package org.firmas.paper.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.function.Consumer;
import org.firmas.delivery.entity.PacketFacts;
import org.firmas.delivery.entity.PacketSigner;
import org.firmas.paper.entity.PacketText;
import org.firmas.platform.Messages;

/**
 * An official's delivery packet, to hand over in person: a cover letter (the totals, and each area's
 * when the campaign has areas), the petition, then the signers, numbered, as the batch mail lists
 * them: name and ZIP, the area, the comment. Signers are drawn as they are read, never gathered.
 */
public final class PacketDocument {

    /** Hands over the official's signers one at a time; returns how many there were. */
    @FunctionalInterface
    public interface SignerFeed {
        long each(Consumer<PacketSigner> sink);
    }

    private static final float LINE = 9.5f;
    private static final float NUMBER_WIDTH = 42;
    private static final int FOOTER_TITLE = 60;

    private PacketDocument() {
    }

    /** Writes the packet; returns how many signers it lists. */
    public static long write(PacketText packet, SignerFeed signers, PaperSize paper, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages(paper, page -> words(packet, "paper.packet.footer",
                shortened(packet.title()), page, PdfPages.PAGE_COUNT))) {
            pages.newPage();
            letter(pages, packet);
            petition(pages, packet);
            long listed = signers(pages, packet, signers);
            pages.finish();
            pages.save(out);
            return listed;
        }
    }

    private static void letter(PdfPages pages, PacketText packet) throws IOException {
        PacketFacts facts = packet.facts();
        pages.paragraph(words(packet, "paper.packet.kicker", facts.organization()), 8, false, 0);
        pages.paragraph(packet.title(), 15, true, 0);
        pages.paragraph(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(packet.locale()).format(packet.date()), 9, false, 0);
        pages.down(10);
        pages.paragraph(words(packet, "mail.batch.greeting", packet.target().name()), 10, false, 0);
        pages.down(4);
        pages.paragraph(words(packet, "paper.packet.opening", facts.organization(), packet.title()), 10, false, 0);
        pages.down(4);
        if (packet.target().area() == null) {
            pages.paragraph(words(packet, "mail.batch.inAll", facts.total()), 10, true, 8);
        } else {
            pages.paragraph(words(packet, "mail.batch.fromAreaInAll", facts.areaTotal(), packet.target().area()), 10, true, 8);
            pages.paragraph(words(packet, "mail.batch.wholePetition", facts.total()), 10, false, 8);
        }
        if (packet.routedByArea()) {
            pages.down(4);
            pages.paragraph(words(packet, "paper.packet.byArea"), 10, true, 0);
            for (Map.Entry<String, Long> area : facts.byArea().entrySet()) {
                pages.paragraph(words(packet, "paper.packet.areaCount", area.getKey(), area.getValue()), 10, false, 8);
            }
        }
        pages.down(4);
        pages.paragraph(words(packet, "mail.batch.link"), 10, false, 0);
        pages.paragraph(facts.petitionUrl(), 10, false, 8);
        pages.down(4);
        pages.paragraph(words(packet, "paper.packet.privacy"), 10, false, 0);
        pages.down(8);
        pages.paragraph(words(packet, "paper.packet.signOff"), 10, false, 0);
        if (facts.signOffName() != null) {
            pages.paragraph(facts.signOffName(), 10, false, 0);
        }
        pages.paragraph(facts.organization(), 10, false, 0);
    }

    private static void petition(PdfPages pages, PacketText packet) throws IOException {
        pages.down(14);
        pages.paragraph(words(packet, "mail.batch.petition"), 11, true, 0);
        for (String paragraph : packet.petition()) {
            pages.paragraph(paragraph, 10, false, 0);
            pages.down(3);
        }
    }

    private static long signers(PdfPages pages, PacketText packet, SignerFeed signers) throws IOException {
        pages.newPage();
        pages.paragraph(words(packet, packet.routedByArea() ? "paper.packet.signersWithArea" : "paper.packet.signers"), 11, true, 0);
        pages.down(4);
        long[] number = {0};
        try {
            long listed = signers.each(signer -> {
                number[0]++;
                try {
                    signer(pages, packet, number[0], signer, packet.routedByArea());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (listed == 0) {
                pages.paragraph(words(packet, "paper.packet.noSigners"), 10, false, 0);
            }
            return listed;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void signer(PdfPages pages, PacketText packet, long number, PacketSigner signer, boolean withArea) throws IOException {
        pages.need(pages.lineHeight(LINE));
        float baseline = pages.y() - LINE;
        pages.text(pages.left(), baseline, number + ".", LINE, false, NUMBER_WIDTH - 4);
        float areaWidth = withArea ? pages.width() * 0.25f : 0;
        float lineWidth = pages.width() - NUMBER_WIDTH - areaWidth;
        String line = signer.onPaper() ? signer.line() + " (" + words(packet, "mail.batch.onPaper") + ")" : signer.line();
        pages.text(pages.left() + NUMBER_WIDTH, baseline, line, LINE, false, lineWidth - 6);
        if (withArea && signer.area() != null) {
            pages.text(pages.left() + NUMBER_WIDTH + lineWidth, baseline, signer.area(), LINE, false, areaWidth);
        }
        pages.down(pages.lineHeight(LINE));
        if (signer.comment() != null && !signer.comment().isBlank()) {
            pages.paragraph(signer.comment(), 8, false, NUMBER_WIDTH + 10);
        }
    }

    /** A title short enough to leave the footer room for its page numbers. */
    private static String shortened(String title) {
        return title.length() <= FOOTER_TITLE ? title : title.substring(0, FOOTER_TITLE - 1).strip() + "…";
    }

    private static String words(PacketText packet, String key, Object... arguments) {
        return Messages.format(packet.locale(), key, arguments);
    }
}
