package org.firmas.mydata.entity;

import java.time.ZoneId;
import org.firmas.signature.entity.HeldSignature;

/**
 * One signature on the "my data" page: what is held, the campaign's title and time zone (its dates
 * are shown in it), and whether its updates were stopped.
 */
public record SignedCampaign(HeldSignature held, String title, String slug, ZoneId timeZone, boolean updatesStopped) {

    /** Updates still reach the supporter: they asked for them and have not stopped them. */
    public boolean receivesUpdates() {
        return held.wantsUpdates() && !updatesStopped;
    }
}
