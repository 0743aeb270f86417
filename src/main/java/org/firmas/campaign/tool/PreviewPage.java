package org.firmas.campaign.tool;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Milestone;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A campaign's public page ({@code campaign/sign.xhtml}) as one self-contained HTML file, to look
 * at before a campaign file is pushed: the same texts, made safe by the same Markdown renderer as
 * the server's, the site's style sheet inlined, and nothing fetched from anywhere. No signature is
 * counted here, so the count is none, or the final count a finished campaign records. A draft is
 * shown open, as the console's preview shows it.
 */
final class PreviewPage {

    static final String BUNDLE = "org.firmas.i18n.messages";

    private final Locale locale;
    private final NumberFormat numbers;

    PreviewPage(Locale locale) {
        this.locale = locale;
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    String render(CampaignDefinition file, String fileName, String css, Instant now) {
        CampaignDefinition campaign = (file.status() == CampaignStatus.DRAFT ? file.withStatus(CampaignStatus.OPEN) : file).asOf(now);
        CampaignTexts texts = campaign.texts(locale);
        Document page = shell(texts, css);
        page.body().appendElement("header").addClass("site-header").appendElement("span").addClass("brand").text("Firmas");
        Element main = page.body().appendElement("main").id("main").addClass("wide");
        main.appendElement("p").attr("role", "note").appendElement("strong")
                .text(Messages.format(locale, "campaign.preview.banner", fileName));
        article(main.appendElement("article").addClass("campaign"), campaign, texts, now);
        page.body().appendElement("footer").addClass("site-footer").appendElement("p").text(Messages.format(locale, "site.footer", "Firmas"));
        return page.outerHtml();
    }

    private Document shell(CampaignTexts texts, String css) {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        page.outputSettings().charset("UTF-8");
        page.selectFirst("html").attr("lang", locale.getLanguage());
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.head().appendElement("title").text(texts.title());
        page.head().appendElement("meta").attr("name", "description").attr("content", texts.summary());
        page.head().appendElement("style").appendChild(new DataNode(css));
        return page;
    }

    private void article(Element article, CampaignDefinition campaign, CampaignTexts texts, Instant now) {
        boolean open = campaign.status().takesSignatures();
        Element text = article.appendElement("div").addClass("campaign-text");
        text.appendElement("h1").text(texts.title());
        text.appendElement("p").addClass("lead").text(texts.summary());
        if (open) {
            article.addClass("with-form");
            if (campaign.deadline() != null) {
                text.appendElement("p").addClass("closes-on").id("closes-on")
                        .text(Messages.format(locale, "campaign.closesOn", deadline(campaign)));
            }
        } else {
            text.appendElement("p").addClass("badge").addClass("badge-" + campaign.status().name().toLowerCase(Locale.ROOT))
                    .attr("role", "status").text(finished(campaign, now));
        }
        progress(text, campaign);
        if (open) {
            text.appendElement("p").addClass("jump").appendElement("a").addClass("sign-jump").addClass("button")
                    .attr("href", "#sign-section").text(raw("sign.jump"));
        }
        text.appendElement("div").addClass("campaign-body").append(texts.bodyHtml());
        petition(text, campaign, texts);
        if (open) {
            new PreviewSignForm(locale).appendTo(article, campaign);
        }
    }

    /** The count a visitor would see: none yet, or the final count a finished campaign records. */
    private void progress(Element text, CampaignDefinition campaign) {
        long count = campaign.status().takesSignatures() ? 0 : campaign.finalSignatures();
        Element progress = text.appendElement("div").addClass("progress");
        Element countLine = progress.appendElement("p").addClass("progress-count").attr("aria-hidden", "true");
        countLine.appendElement("strong").text(numbers.format(count));
        countLine.appendText(" " + raw("progress.ofGoal") + " " + numbers.format(campaign.goal()));
        String spoken = Messages.format(locale, "progress.spoken", count, campaign.goal());
        Element bar = progress.appendElement("div").addClass("progress-bar");
        bar.appendElement("progress").attr("max", String.valueOf(campaign.goal())).attr("value", String.valueOf(count))
                .attr("aria-label", spoken).text(spoken);
        if (!campaign.milestones().isEmpty()) {
            Element ticks = bar.appendElement("svg").addClass("milestone-ticks").attr("viewBox", "0 0 100 10")
                    .attr("preserveAspectRatio", "none").attr("aria-hidden", "true").attr("focusable", "false");
            Element list = progress.appendElement("ul").addClass("milestones").attr("aria-label", raw("progress.milestones"));
            for (Milestone milestone : campaign.milestones()) {
                boolean reached = count >= milestone.signatures();
                if (milestone.signatures() < campaign.goal()) {
                    String x = String.format(Locale.ROOT, "%.2f", 100.0 * milestone.signatures() / campaign.goal());
                    ticks.appendElement("line").attr("class", reached ? "tick reached" : "tick")
                            .attr("x1", x).attr("x2", x).attr("y1", "0").attr("y2", "10");
                }
                Element item = list.appendElement("li").text(numbers.format(milestone.signatures()));
                if (reached) {
                    item.addClass("reached").appendText(" ").appendElement("span").addClass("mark").text("✓ " + raw("progress.milestoneReached"));
                }
            }
        }
        if (count >= campaign.goal()) {
            progress.appendElement("p").addClass("milestone").text(raw("progress.goalPassed") + " " + numbers.format(campaign.goal()));
        }
    }

    private void petition(Element text, CampaignDefinition campaign, CampaignTexts texts) {
        Element petition = text.appendElement("section").addClass("petition").attr("aria-labelledby", "petition-heading");
        petition.appendElement("h2").id("petition-heading").text(raw("campaign.petition"));
        petition.appendElement("blockquote").append(texts.petitionHtml());
        petition.appendElement("h3").text(raw("campaign.targets"));
        Element targets = petition.appendElement("ul").addClass("targets");
        for (Target target : campaign.targets()) {
            targets.appendElement("li").text(target.name() + ", " + target.title() + (target.area() == null ? "" : " (" + target.area() + ")"));
        }
    }

    /** What a finished campaign's page says: that it closed at its deadline, or that it is closed or won. */
    private String finished(CampaignDefinition campaign, Instant now) {
        boolean closedAtDeadline = campaign.status() == CampaignStatus.CLOSED && campaign.deadline() != null
                && !now.isBefore(campaign.closesAt());
        return closedAtDeadline ? Messages.format(locale, "campaign.closedOn", deadline(campaign))
                : raw("campaign.finished." + campaign.status().name().toLowerCase(Locale.ROOT));
    }

    private String deadline(CampaignDefinition campaign) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(campaign.deadline());
    }

    private String raw(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    }
}
