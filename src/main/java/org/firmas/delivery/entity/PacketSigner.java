package org.firmas.delivery.entity;

/** One signer as an official's packet lists it: the batch mail's line ("name, ZIP"), the area, the comment. */
public record PacketSigner(String line, String area, String comment) {
}
