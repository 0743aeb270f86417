package org.firmas.delivery.entity;

import java.util.Map;

/**
 * What a delivery packet's cover letter tells one official, counted as a batch counts: confirmed
 * signatures in all, the official's area's (equal to the total for an official without an area),
 * and each area's, in alphabetical order (empty when the campaign routes no areas). The letter is
 * signed as the batch mail is: by the contact's name when there is one, and the organization; it
 * gives the public petition's address in the official's language, as the mail links it.
 */
public record PacketFacts(String organization, String signOffName, String petitionUrl, long total, long areaTotal, Map<String, Long> byArea) {
}
