package org.firmas.campaign.boundary;

import org.firmas.campaign.control.MarkdownRenderer;

/** Markdown other capabilities write (an organizer's update) made safe HTML exactly as campaign texts are. */
public final class SafeMarkdown {

    private SafeMarkdown() {
    }

    public static String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }
}
