package org.firmas.signature.entity;

/**
 * The signatures one source brought to a campaign (null: none recorded): every one submitted, the
 * confirmed ones, and the confirmed signers who asked the source's partner for news.
 */
public record SourceFigures(String source, long signatures, long confirmed, long partnerOptIns) {
}
