package org.firmas.paper.entity;

import java.util.List;
import java.util.Locale;

/**
 * What one signature sheet prints, in one language: its code, the petition's title and paragraphs,
 * the officials it is addressed to (a line each), and the campaign's own privacy statement, if any,
 * as paragraphs, and whether it asks for a phone number (only a campaign that asks for one online keeps
 * it from paper). Labels and the platform's privacy notice come from the bundles for {@code locale}.
 */
public record SheetText(Locale locale, SheetCode code, String title, List<String> petition, List<String> targets,
                        List<String> campaignPrivacy, boolean asksPhone) {
}
