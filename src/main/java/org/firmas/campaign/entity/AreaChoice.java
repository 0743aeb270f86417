package org.firmas.campaign.entity;

import java.util.List;

/** Which area a signature goes to, from the signer's ZIP code and the area they chose, if any. */
public sealed interface AreaChoice {

    /** The ZIP code's only area, the candidate the signer chose, or null when the ZIP code has no area. */
    record Settled(String area) implements AreaChoice {
    }

    /**
     * The ZIP code straddles areas and none of them was chosen: the signer must pick one of the
     * candidates. {@code refused} when a value that is not among them was sent.
     */
    record Open(List<String> candidates, boolean refused) implements AreaChoice {
    }
}
