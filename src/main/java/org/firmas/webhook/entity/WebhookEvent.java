package org.firmas.webhook.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an endpoint can hear of. The name in the {@code Firmas-Webhook-Event} header is {@link #wireName()}. */
public enum WebhookEvent {
    SIGNATURE_CONFIRMED, MILESTONE_REACHED, CAMPAIGN_FINISHED, UPDATE_SENT;

    /** "signature.confirmed", "campaign.finished": how receivers see the event. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    /** The events as an endpoint row stores them, comma-separated. */
    public static String stored(Set<WebhookEvent> events) {
        return events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<WebhookEvent> fromStored(String stored) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(stored.split(",")).filter(name -> !name.isBlank()).map(WebhookEvent::valueOf).forEach(events::add);
        return events;
    }
}
