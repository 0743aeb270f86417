package org.firmas.campaign.entity;

/**
 * An official who receives the signatures. A target with an area receives only the signers whose
 * ZIP code maps to that area; a target without one receives everybody.
 */
public record Target(String name, String title, String email, String area, String language) {

    public boolean receives(String signerArea) {
        return area == null || area.equals(signerArea);
    }
}
