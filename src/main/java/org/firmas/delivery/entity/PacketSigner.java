package org.firmas.delivery.entity;

/**
 * One signer as an official's packet lists it: the batch mail's line ("name, ZIP"), the area, the
 * comment, and whether they signed on paper, which the packet marks as the batch mail does.
 */
public record PacketSigner(String line, String area, String comment, boolean onPaper) {
}
