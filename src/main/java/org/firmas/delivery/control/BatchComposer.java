package org.firmas.delivery.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.entity.MailContent;
import org.firmas.platform.SpreadsheetSafeCsv;
import org.firmas.signature.entity.Signer;

/**
 * Writes the mail one official receives for one batch: the petition, the totals and the new
 * signers (name, ZIP, comment; never an email address). Past {@value #LISTED_IN_BODY} signers the
 * body lists the first ones and a CSV file carries them all.
 */
public final class BatchComposer {

    static final int LISTED_IN_BODY = 100;
    private static final String COMMENT_INDENT = "    ";
    /** Any run of blanks holding a line break, whichever of the Unicode line breaks it is. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\h\\v]*\\v[\\h\\v]*");

    private BatchComposer() {
    }

    public static MailContent compose(CampaignDefinition campaign, Target target, List<Signer> signers,
                                      long total, boolean finalBatch) {
        MailText words = new MailText(target.language());
        CampaignTexts texts = campaign.texts(Locale.forLanguageTag(target.language()));
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(target.language()));
        String newCount = numbers.format(signers.size());
        String totalCount = numbers.format(total);
        String intro = finalBatch
                ? words.get("mail.batch.finalIntro", texts.title(), totalCount, newCount)
                : words.get("mail.batch.intro", newCount, texts.title(), totalCount);
        List<Signer> listed = signers.subList(0, Math.min(LISTED_IN_BODY, signers.size()));

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(target.language())
                .append("\"><body>");
        paragraph(text, html, words.get("mail.batch.greeting", target.name()));
        paragraph(text, html, intro);
        if (target.area() != null) {
            paragraph(text, html, words.get("mail.batch.areaNote", target.area()));
        }
        text.append(words.get("mail.batch.petition")).append("\n\n").append(texts.petition()).append("\n\n");
        html.append("<h2>").append(MailText.html(words.get("mail.batch.petition"))).append("</h2>")
                .append("<blockquote>").append(texts.petitionHtml()).append("</blockquote>");
        if (!listed.isEmpty()) {
            text.append(words.get("mail.batch.signers")).append("\n");
            html.append("<h2>").append(MailText.html(words.get("mail.batch.signers"))).append("</h2><ol>");
            for (Signer signer : listed) {
                entry(text, html, signer);
            }
            html.append("</ol>");
            text.append("\n");
        }
        if (signers.size() > listed.size()) {
            paragraph(text, html, words.get("mail.batch.more", numbers.format(signers.size() - listed.size())));
        }
        paragraph(text, html, words.get("mail.batch.footer"));
        html.append("</body></html>");

        String subject = words.get("mail.batch.subject", texts.title());
        if (signers.size() > LISTED_IN_BODY) {
            return new MailContent(subject, text.toString(), html.toString(), campaign.slug() + "-signers.csv", csv(signers));
        }
        return new MailContent(subject, text.toString(), html.toString());
    }

    /**
     * One signer: a line of its own, and under it the comment as one indented paragraph. Line
     * breaks in a comment become spaces, so no comment can pass for further signers.
     */
    private static void entry(StringBuilder text, StringBuilder html, Signer signer) {
        String signed = oneLine(signer.firstName() + " " + signer.lastName() + ", " + signer.zip());
        text.append("- ").append(signed).append("\n");
        html.append("<li>").append(MailText.html(signed));
        if (signer.comment() != null) {
            String comment = oneLine(signer.comment());
            text.append(COMMENT_INDENT).append(comment).append("\n");
            html.append("<blockquote>").append(MailText.html(comment)).append("</blockquote>");
        }
        html.append("</li>");
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    private static void paragraph(StringBuilder text, StringBuilder html, String sentence) {
        text.append(sentence).append("\n\n");
        html.append("<p>").append(MailText.html(sentence)).append("</p>");
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
