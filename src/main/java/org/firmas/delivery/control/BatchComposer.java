package org.firmas.delivery.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.entity.MailContent;
import org.firmas.platform.SpreadsheetSafeCsv;
import org.firmas.signature.entity.Signer;

/**
 * Writes the mail one official receives for one batch, from the templates official-batch.txt and
 * official-batch.html: who sends it and whom to answer, the counts, a link to the public petition,
 * the petition, and the new signers (name, ZIP, comment; never an email address). Past
 * {@value #LISTED_IN_BODY} signers the body lists the first ones and a CSV file carries them all.
 */
public final class BatchComposer {

    static final int LISTED_IN_BODY = 100;
    private static final MailTemplate TEXT = MailTemplate.load("official-batch.txt");
    private static final MailTemplate HTML = MailTemplate.load("official-batch.html");
    private static final String COMMENT_INDENT = "    ";
    /** Any run of blanks holding a line break, whichever of the Unicode line breaks it is. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\h\\v]*\\v[\\h\\v]*");

    private BatchComposer() {
    }

    static MailContent compose(CampaignDefinition campaign, Target target, List<Signer> signers, BatchFigures figures,
                               boolean finalBatch, BatchSender sender) {
        CampaignTexts texts = campaign.texts(Locale.forLanguageTag(target.language()));
        BatchWording wording = new BatchWording(target, texts.title(), figures, finalBatch, sender);
        MailText words = wording.words();
        List<Signer> listed = signers.subList(0, Math.min(LISTED_IN_BODY, signers.size()));
        String more = signers.size() > listed.size() ? words.get("mail.batch.more",
                NumberFormat.getIntegerInstance(Locale.forLanguageTag(target.language())).format(signers.size() - listed.size())) : null;
        String link = sender.petitionUrl(campaign.slug(), target.language());
        String subject = wording.subject();

        Map<String, String> text = new HashMap<>();
        text.put("greeting", wording.greeting());
        text.put("opening", wording.opening());
        // No "- " before a count: that mark starts a signer's entry, and only one.
        text.put("figures", wording.figureLines().stream().map(line -> line + "\n").collect(Collectors.joining()));
        text.put("linkLabel", words.get("mail.batch.link"));
        text.put("link", link);
        text.put("petitionHeading", words.get("mail.batch.petition"));
        text.put("petition", texts.petition());
        text.put("signers", textSigners(words, listed, more));
        text.put("privacy", words.get("mail.batch.privacy"));
        text.put("contact", wording.contactSentence(wording.contactEmail().orElse("")));
        text.put("signOff", String.join("\n", wording.signOff()));

        Map<String, String> html = new HashMap<>();
        html.put("language", MailText.html(target.language()));
        html.put("subject", MailText.html(subject));
        html.put("kicker", MailText.html(wording.kicker()));
        html.put("title", MailText.html(texts.title()));
        html.put("greeting", MailText.html(wording.greeting()));
        html.put("opening", MailText.html(wording.opening()));
        html.put("figures", wording.figureLines().stream().map(line -> "<p style=\"margin:0 0 4px\">" + MailText.html(line) + "</p>")
                .collect(Collectors.joining()));
        html.put("linkLabel", MailText.html(words.get("mail.batch.linkButton")));
        html.put("link", MailText.html(link));
        html.put("petitionHeading", MailText.html(words.get("mail.batch.petition")));
        html.put("petition", texts.petitionHtml());
        html.put("signers", htmlSigners(words, listed, more));
        html.put("privacy", MailText.html(words.get("mail.batch.privacy")));
        html.put("contact", htmlContact(wording));
        html.put("signOff", wording.signOff().stream().map(MailText::html).collect(Collectors.joining("<br>")));

        String body = TEXT.fill(text);
        String page = HTML.fill(html);
        if (more != null) {
            return new MailContent(subject, body, page, campaign.slug() + "-signers.csv", csv(signers));
        }
        return new MailContent(subject, body, page);
    }

    /**
     * One signer: a line of its own, and under it the comment as one indented paragraph. Line
     * breaks in a comment become spaces, so no comment can pass for further signers.
     */
    private static String textSigners(MailText words, List<Signer> listed, String more) {
        if (listed.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(words.get("mail.batch.signers")).append("\n");
        for (Signer signer : listed) {
            text.append("- ").append(signed(signer)).append("\n");
            if (signer.comment() != null) {
                text.append(COMMENT_INDENT).append(oneLine(signer.comment())).append("\n");
            }
        }
        text.append("\n");
        return more == null ? text.toString() : text.append(more).append("\n\n").toString();
    }

    private static String htmlSigners(MailText words, List<Signer> listed, String more) {
        if (listed.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2 style=\"font-size:18px;margin:24px 0 8px\">")
                .append(MailText.html(words.get("mail.batch.signers"))).append("</h2><ol style=\"padding-left:24px;margin:0\">");
        for (Signer signer : listed) {
            html.append("<li style=\"margin:0 0 6px\">").append(MailText.html(signed(signer)));
            if (signer.comment() != null) {
                html.append("<blockquote style=\"margin:4px 0 0;padding:0 0 0 12px;border-left:3px solid #d0d0c8;color:#444\">")
                        .append(MailText.html(oneLine(signer.comment()))).append("</blockquote>");
            }
            html.append("</li>");
        }
        html.append("</ol>");
        return more == null ? html.toString() : html.append("<p>").append(MailText.html(more)).append("</p>").toString();
    }

    /** The contact sentence with the address as a mail link; the address is escaped like every other value. */
    private static String htmlContact(BatchWording wording) {
        String mark = "@@contact-address@@";
        String sentence = MailText.html(wording.contactSentence(mark));
        String address = wording.contactEmail().map(email -> "<a href=\"mailto:" + MailText.html(email) + "\">"
                + MailText.html(email) + "</a>").orElse("");
        return sentence.replace(MailText.html(mark), address);
    }

    private static String signed(Signer signer) {
        return oneLine(signer.firstName() + " " + signer.lastName() + ", " + signer.zip());
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    private static String csv(List<Signer> signers) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format())) {
            SpreadsheetSafeCsv.printRow(printer, List.of("first_name", "last_name", "zip", "comment"));
            for (Signer signer : signers) {
                SpreadsheetSafeCsv.printRow(printer, List.of(signer.firstName(), signer.lastName(), signer.zip(),
                        signer.comment() == null ? "" : signer.comment()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
