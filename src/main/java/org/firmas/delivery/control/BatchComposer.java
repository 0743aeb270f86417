package org.firmas.delivery.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.entity.MailContent;
import org.firmas.platform.SpreadsheetSafeCsv;
import org.firmas.signature.entity.Signer;

/**
 * Writes the mail one official receives for one batch, from the templates mail/official-batch.txt
 * and .html: the organization's band atop the HTML (as on supporters' mails, a name on a colour, no
 * image to fetch), who sends it and whom to answer, the counts, a link to the public petition,
 * the petition, and the new signers (name, ZIP, comment; never an email address), each one who
 * signed a paper sheet marked so, and their number said beside the delivery's. Past
 * {@value #LISTED_IN_BODY} signers the body lists the first ones and a CSV file carries them all.
 */
public final class BatchComposer {

    static final int LISTED_IN_BODY = 100;
    private static final MailRenderer TEMPLATES = MailRenderer.of("official-batch");

    private BatchComposer() {
    }

    static MailContent compose(CampaignDefinition campaign, Target target, List<Signer> signers, BatchFigures figures,
                               boolean finalBatch, BatchOrigin origin, MailHeader header) {
        CampaignTexts texts = campaign.texts(Locale.forLanguageTag(target.language()));
        BatchWording wording = new BatchWording(target, texts.title(), figures, finalBatch, origin);
        MailText words = wording.words();
        List<Signer> listed = signers.subList(0, Math.min(LISTED_IN_BODY, signers.size()));
        String more = signers.size() > listed.size() ? words.get("mail.batch.more",
                NumberFormat.getIntegerInstance(Locale.forLanguageTag(target.language())).format(signers.size() - listed.size())) : null;
        String link = origin.petitionUrl(campaign.slug(), target.language());
        String subject = wording.subject();

        Map<String, Object> values = new HashMap<>();
        values.put("language", target.language());
        values.put("subject", subject);
        values.put("kicker", wording.kicker());
        values.put("title", texts.title());
        values.put("greeting", wording.greeting());
        values.put("opening", wording.opening());
        // The text template writes counts without "- ": that mark starts a signer's entry, and only one.
        values.put("figures", figureLines(wording, words, signers));
        values.put("linkLabel", words.get("mail.batch.link"));
        values.put("linkButton", words.get("mail.batch.linkButton"));
        values.put("link", link);
        values.put("petitionHeading", words.get("mail.batch.petition"));
        values.put("petition", texts.petition());
        values.put("petitionHtml", texts.petitionHtml());
        values.put("signers", listed.isEmpty() ? null : signers(words, listed, more));
        values.put("privacy", words.get("mail.batch.privacy"));
        values.put("howToAnswer", words.get("mail.batch.howToAnswer"));
        values.put("contact", wording.contactSentence(wording.contactEmail().orElse("")));
        values.put("contactLink", contactLink(wording));
        values.put("signOffName", wording.signOffName().orElse(null));
        values.put("organization", origin.organization());
        header.fill(values);

        MailRenderer.Bodies bodies = TEMPLATES.render(values);
        if (more != null) {
            return new MailContent(subject, bodies.text(), bodies.html(), campaign.slug() + "-signers.csv", csv(signers));
        }
        return new MailContent(subject, bodies.text(), bodies.html());
    }

    /**
     * One signer: a line of its own, and under it the comment as one indented paragraph, each as
     * {@link SignerLine} writes it.
     */
    private static Map<String, Object> signers(MailText words, List<Signer> listed, String more) {
        Map<String, Object> values = new HashMap<>();
        values.put("heading", words.get("mail.batch.signers"));
        values.put("listed", listed.stream().map(signer -> {
            Map<String, String> entry = new HashMap<>();
            entry.put("signed", SignerLine.signed(signer));
            entry.put("comment", SignerLine.comment(signer));
            entry.put("paper", signer.onPaper() ? words.get("mail.batch.onPaper") : null);
            return entry;
        }).toList());
        values.put("more", more);
        return values;
    }

    /** The counts, and right under this delivery's, how many of its signers signed on paper, if any did. */
    private static List<String> figureLines(BatchWording wording, MailText words, List<Signer> signers) {
        List<String> lines = new java.util.ArrayList<>(wording.figureLines());
        long onPaper = signers.stream().filter(Signer::onPaper).count();
        if (onPaper > 0) {
            lines.add(1, words.get("mail.batch.onPaperInDelivery", onPaper));
        }
        return lines;
    }

    /** The contact sentence around the contact's address, which the HTML mail makes a mail link. */
    private static Map<String, String> contactLink(BatchWording wording) {
        String mark = "@@contact-address@@";
        String sentence = wording.contactSentence(mark);
        int at = sentence.indexOf(mark);
        Map<String, String> parts = new HashMap<>();
        parts.put("before", at < 0 ? sentence : sentence.substring(0, at));
        parts.put("email", at < 0 ? null : wording.contactEmail().orElse(null));
        parts.put("after", at < 0 ? "" : sentence.substring(at + mark.length()));
        return parts;
    }

    private static String csv(List<Signer> signers) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format())) {
            SpreadsheetSafeCsv.printRow(printer, List.of("first_name", "last_name", "zip", "comment", "signed_on"));
            for (Signer signer : signers) {
                SpreadsheetSafeCsv.printRow(printer, List.of(signer.firstName(), signer.lastName(), signer.zip(),
                        signer.comment() == null ? "" : signer.comment(), signer.onPaper() ? "paper" : "online"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
