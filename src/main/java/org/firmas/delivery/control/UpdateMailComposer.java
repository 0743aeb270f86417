package org.firmas.delivery.control;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private static final int KEPT_BODIES = 8;

    /**
     * The bodies last made HTML. An update's mails share one body per language, and sanitizing it
     * again for every recipient was the dearest step of a mail of a 100,000-recipient update.
     */
    private static final Map<String, String> HTML_BODIES = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT_BODIES;
        }
    });

    private UpdateMailComposer() {
    }

    static MailContent compose(UpdateMail mail, String baseUrl, MailHeader header) {
        MailText words = new MailText(mail.language());
        String site = baseUrl.replaceAll("/+$", "");
        Map<String, Object> values = new HashMap<>();
        values.put("language", mail.language());
        header.fill(values);
        values.put("kicker", words.get("mail.update.kicker", mail.campaignTitle()));
        values.put("bodyHtml", HTML_BODIES.computeIfAbsent(mail.markdown(), SafeMarkdown::html));
        values.put("bodyText", mail.markdown());
        values.put("why", words.get("mail.update.why", mail.campaignTitle(), site));
        values.put("unsubscribeLabel", words.get("mail.update.unsubscribe"));
        String url = mail.unsubscribeUrl();
        values.put("unsubscribeUrl", url + (url.contains("?") ? "&" : "?") + "lang=" + mail.language());
        MailRenderer.Bodies bodies = TEMPLATES.render(values);
        return new MailContent(mail.subject(), bodies.text(), bodies.html());
    }
}
