package org.firmas.delivery.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.delivery.entity.MailContent;
import org.firmas.signature.entity.SupporterMailRequested;

/**
 * Writes the mails a supporter receives, in the language they signed in: the confirmation request
 * and the "already signed" reminder. Every one carries the withdraw-and-erase link. Both kinds
 * share the templates supporter.txt and supporter.html: they differ only in their first sentence.
 */
final class SupporterMailComposer {

    private static final MailRenderer TEMPLATES = MailRenderer.of("supporter");

    private SupporterMailComposer() {
    }

    static MailContent compose(SupporterMailRequested request, String baseUrl, long confirmationDays, MailHeader header) {
        MailText words = new MailText(request.language());
        CampaignTexts texts = request.campaign().definition().texts(Locale.forLanguageTag(request.language()));
        String site = baseUrl.replaceAll("/+$", "");
        String title = texts.title();
        boolean confirm = request.kind() == SupporterMailRequested.Kind.CONFIRM;
        String subject = words.get(confirm ? "mail.confirm.subject" : "mail.already.subject", title);

        Map<String, Object> values = new HashMap<>();
        values.put("language", request.language());
        header.fill(values);
        values.put("intro", confirm ? words.get("mail.confirm.intro", title)
                : words.get(request.asksForConfirmation() ? "mail.already.pending" : "mail.already.confirmed", title));
        values.put("confirm", request.asksForConfirmation() ? Map.of(
                "label", words.get("mail.confirm.button"),
                "url", site + "/confirm/" + request.confirmToken() + "?lang=" + request.language(),
                "expiry", words.get("mail.confirm.expiry", confirmationDays)) : null);
        values.put("withdraw", words.get("mail.withdraw"));
        values.put("withdrawLabel", words.get("mail.withdraw.button"));
        values.put("withdrawUrl", site + "/withdraw/" + request.withdrawToken() + "?lang=" + request.language());
        values.put("footer", words.get("mail.supporter.footer", site));
        MailRenderer.Bodies bodies = TEMPLATES.render(values);
        return new MailContent(subject, bodies.text(), bodies.html());
    }
}
