package org.firmas.campaign.tool;

import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.campaign.entity.CampaignDefinition;
import org.jsoup.nodes.Element;

/**
 * The campaign page's sign form ({@code WEB-INF/templates/sign-form.xhtml}) as a preview shows it:
 * the same fields, labels and privacy statement, made inert, since there is no server to send to.
 */
final class PreviewSignForm {

    private final Locale locale;

    PreviewSignForm(Locale locale) {
        this.locale = locale;
    }

    void appendTo(Element article, CampaignDefinition campaign) {
        Element section = article.appendElement("section").addClass("sign").id("sign-section")
                .attr("aria-labelledby", "sign-heading");
        section.appendElement("h2").id("sign-heading").text(text("sign.heading"));
        Element form = section.appendElement("form").addClass("sign-form").id("sign").attr("inert", "");
        field(form, "firstName", "sign.firstName", "text", "given-name").attr("required", "").attr("maxlength", "100");
        field(form, "lastName", "sign.lastName", "text", "family-name").attr("required", "").attr("maxlength", "100");
        field(form, "email", "sign.email", "email", "email").attr("required", "").attr("maxlength", "254");
        form.children().last().appendElement("p").addClass("hint").id("sign:email-hint").text(text("sign.email.hint"));
        field(form, "zip", "sign.zip", "text", "postal-code").attr("required", "").attr("maxlength", "10")
                .attr("inputmode", "numeric").addClass("short");
        if (campaign.fields().phone()) {
            field(form, "phone", "sign.phone", "tel", "tel").attr("maxlength", "40");
        }
        if (campaign.fields().comment()) {
            Element comment = form.appendElement("div").addClass("field");
            comment.appendElement("label").attr("for", "sign:comment").text(text("sign.comment"));
            comment.appendElement("textarea").id("sign:comment").attr("name", "sign:comment").attr("rows", "3")
                    .attr("maxlength", "1000");
        }
        checkbox(form, "listPublicly", "sign.listPublicly");
        checkbox(form, "wantsUpdates", "sign.wantsUpdates");
        Element privacy = form.appendElement("div").addClass("privacy-statement");
        privacy.append(campaign.texts(locale).privacyHtml());
        privacy.appendElement("p").appendElement("a").attr("href", "#").text(text("sign.privacyLink"));
        form.appendElement("input").attr("type", "submit").id("sign:submit").addClass("button").attr("value", text("sign.submit"));
    }

    private Element field(Element form, String name, String label, String type, String autocomplete) {
        Element field = form.appendElement("div").addClass("field");
        field.appendElement("label").attr("for", "sign:" + name).text(text(label));
        return field.appendElement("input").attr("type", type).id("sign:" + name).attr("name", "sign:" + name)
                .attr("autocomplete", autocomplete);
    }

    private void checkbox(Element form, String name, String label) {
        Element field = form.appendElement("div").addClass("field").addClass("checkbox");
        field.appendElement("input").attr("type", "checkbox").id("sign:" + name).attr("name", "sign:" + name);
        field.appendElement("label").attr("for", "sign:" + name).text(text(label));
    }

    /** As the page has it: Faces shows these sentences as the bundle holds them, not as a pattern. */
    private String text(String key) {
        return ResourceBundle.getBundle(PreviewPage.BUNDLE, locale).getString(key);
    }
}
