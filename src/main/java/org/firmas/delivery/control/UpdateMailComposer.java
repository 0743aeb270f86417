package org.firmas.delivery.control;

import java.util.HashMap;
import java.util.Map;
import org.firmas.campaign.boundary.SafeMarkdown;
import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.UpdateMail;

/**
 * Writes a campaign update as a supporter receives it: the organizer's Markdown as sanitized HTML
 * (and as written, for the text part), then why it came and the unsubscribe link. No images and
 * no links of our own but that one: nothing tells anyone whether or when it was read.
 */
final class UpdateMailComposer {

    private static final MailRenderer TEMPLATES = MailRenderer.of("update");

    private UpdateMailComposer() {
    }

    static MailContent compose(UpdateMail mail, String baseUrl, MailHeader header) {
        MailText words = new MailText(mail.language());
        String site = baseUrl.replaceAll("/+$", "");
        Map<String, Object> values = new HashMap<>();
        values.put("language", mail.language());
        header.fill(values);
        values.put("kicker", words.get("mail.update.kicker", mail.campaignTitle()));
        values.put("bodyHtml", SafeMarkdown.html(mail.markdown()));
        values.put("bodyText", mail.markdown());
        values.put("why", words.get("mail.update.why", mail.campaignTitle(), site));
        values.put("unsubscribeLabel", words.get("mail.update.unsubscribe"));
        String url = mail.unsubscribeUrl();
        values.put("unsubscribeUrl", url + (url.contains("?") ? "&" : "?") + "lang=" + mail.language());
        MailRenderer.Bodies bodies = TEMPLATES.render(values);
        return new MailContent(mail.subject(), bodies.text(), bodies.html());
    }
}
