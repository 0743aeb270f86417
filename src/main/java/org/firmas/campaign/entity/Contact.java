package org.firmas.campaign.entity;

/**
 * The organizer an official can answer about a campaign: named in every batch mail, and the
 * mail's Reply-To. Always an organizer's address, never a supporter's.
 */
public record Contact(String name, String email) {
}
