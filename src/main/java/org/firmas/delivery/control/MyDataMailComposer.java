package org.firmas.delivery.control;

import java.util.HashMap;
import java.util.Map;
import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.MyDataLinkMail;

/** Writes the mail with a supporter's "my data" link, in the language they asked in (my-data.txt, my-data.html). */
final class MyDataMailComposer {

    private static final MailRenderer TEMPLATES = MailRenderer.of("my-data");

    private MyDataMailComposer() {
    }

    static MailContent compose(MyDataLinkMail mail, String baseUrl, MailHeader header) {
        MailText words = new MailText(mail.language());
        String site = baseUrl.replaceAll("/+$", "");
        Map<String, Object> values = new HashMap<>();
        values.put("language", mail.language());
        header.fill(values);
        values.put("intro", words.get("mail.mydata.intro"));
        values.put("label", words.get("mail.mydata.button"));
        values.put("url", site + "/my-data/" + mail.token() + "?lang=" + mail.language());
        values.put("expiry", words.get("mail.mydata.expiry", mail.minutesValid()));
        values.put("footer", words.get("mail.mydata.footer", site));
        MailRenderer.Bodies bodies = TEMPLATES.render(values);
        return new MailContent(words.get("mail.mydata.subject"), bodies.text(), bodies.html());
    }
}
