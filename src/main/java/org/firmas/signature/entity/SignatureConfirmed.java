package org.firmas.signature.entity;

/** Fired when a pending signature has just become confirmed, so it now counts; observers act after commit. */
public record SignatureConfirmed(long campaignId) {
}
