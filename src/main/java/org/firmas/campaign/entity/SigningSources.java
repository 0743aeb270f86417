package org.firmas.campaign.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a signature may say it came from: one of the campaign's partners, a share channel, or the
 * embedded form. Anything else, and any value outside the safe pattern, is recorded as none.
 */
public final class SigningSources {

    /** What a source may look like at all; also the rule for a partner's key. */
    public static final Pattern SAFE = Pattern.compile("[a-z0-9-]{1,40}");

    /** The embedded form's own source, when it is not a partner's. */
    public static final String EMBED = "embed";

    /** Signatures recorded through the OSDI API. */
    public static final String API = "api";

    /** Signatures signed on a paper sheet and typed in by an organizer. */
    public static final String PAPER = "paper";

    /** The share links' channels, one source each, the embed, the API and paper: no partner may take these keys. */
    public static final List<String> RESERVED = List.of("email", "whatsapp", "facebook", "x", "bluesky", "telegram", EMBED, API, PAPER);

    private SigningSources() {
    }

    /** The source as recorded: the value when the campaign knows it, else null. Nobody signs online "on paper". */
    public static String recognized(CampaignDefinition campaign, String value) {
        if (value == null || !SAFE.matcher(value).matches() || PAPER.equals(value)) {
            return null;
        }
        return RESERVED.contains(value) || campaign.partner(value) != null ? value : null;
    }
}
