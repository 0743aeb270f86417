package org.firmas.signature.entity;

/**
 * Confirmed signatures from one area as the public may see them: {@code count} is null when the
 * area has fewer than {@code fewerThan} signatures, so no small group of signers can be singled out.
 */
public record AreaCount(String name, Long count, int fewerThan) {

    public static AreaCount of(String name, long count, int fewerThan) {
        return new AreaCount(name, count < fewerThan ? null : count, fewerThan);
    }

    public boolean hidden() {
        return count == null;
    }
}
