package org.firmas.signature.entity;

/**
 * Where a submission came from and what the abuse checks made of it: the keyed hash of the
 * client address (never the address), and the reason to hold it as suspect, or null.
 */
public record SigningOrigin(String addressKey, SuspectReason suspectReason) {

    public boolean isSuspect() {
        return suspectReason != null;
    }
}
