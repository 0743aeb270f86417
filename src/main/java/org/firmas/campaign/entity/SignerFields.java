package org.firmas.campaign.entity;

/** The optional questions a campaign asks besides name, email and ZIP code. */
public record SignerFields(boolean phone, boolean comment) {
}
