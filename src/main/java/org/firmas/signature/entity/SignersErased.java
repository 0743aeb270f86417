package org.firmas.signature.entity;

import java.util.List;

/**
 * Fired in the transaction that erases signers (a withdrawal, or retention after a campaign
 * closed), before it commits: whoever keeps something for these signatures drops it in the
 * same transaction, so nothing about them outlives the erasure, nor is anything lost if it rolls back.
 */
public record SignersErased(List<Long> signatureIds) {

    public SignersErased {
        signatureIds = List.copyOf(signatureIds);
    }
}
