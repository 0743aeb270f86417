package org.firmas.webhook.entity;

import java.util.List;
import java.util.Set;

/** An endpoint as the console shows it, with its latest deliveries; never its secret. */
public record EndpointRow(long id, String url, Set<WebhookEvent> events, boolean enabled, List<DeliveryRow> recent) {
}
