package org.firmas.delivery.control;

import java.util.Locale;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.delivery.entity.MailContent;
import org.firmas.signature.entity.SupporterMailRequested;

/**
 * Writes the mails a supporter receives, in the language they signed in: the confirmation request
 * and the "already signed" reminder. Every one carries the withdraw-and-erase link.
 */
final class SupporterMailComposer {

    private SupporterMailComposer() {
    }

    static MailContent compose(SupporterMailRequested request, String baseUrl, long confirmationDays) {
        MailText words = new MailText(request.language());
        CampaignTexts texts = request.campaign().definition().texts(Locale.forLanguageTag(request.language()));
        String site = baseUrl.replaceAll("/+$", "");
        String title = texts.title();

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(request.language()).append("\"><body>");
        String subject;
        if (request.kind() == SupporterMailRequested.Kind.CONFIRM) {
            subject = words.get("mail.confirm.subject", title);
            paragraph(text, html, words.get("mail.confirm.intro", title));
        } else {
            subject = words.get("mail.already.subject", title);
            paragraph(text, html, words.get(request.asksForConfirmation() ? "mail.already.pending" : "mail.already.confirmed", title));
        }
        if (request.asksForConfirmation()) {
            link(text, html, words.get("mail.confirm.button"), site + "/confirm/" + request.confirmToken() + "?lang=" + request.language());
            paragraph(text, html, words.get("mail.confirm.expiry", confirmationDays));
        }
        paragraph(text, html, words.get("mail.withdraw"));
        link(text, html, words.get("mail.withdraw.button"), site + "/withdraw/" + request.withdrawToken() + "?lang=" + request.language());
        paragraph(text, html, words.get("mail.supporter.footer", site));
        html.append("</body></html>");
        return new MailContent(subject, text.toString(), html.toString());
    }

    private static void paragraph(StringBuilder text, StringBuilder html, String sentence) {
        text.append(sentence).append("\n\n");
        html.append("<p>").append(MailText.html(sentence)).append("</p>");
    }

    private static void link(StringBuilder text, StringBuilder html, String label, String url) {
        text.append(label).append(":\n").append(url).append("\n\n");
        html.append("<p><a href=\"").append(MailText.html(url)).append("\">").append(MailText.html(label)).append("</a></p>");
    }
}
