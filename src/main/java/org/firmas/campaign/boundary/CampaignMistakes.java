package org.firmas.campaign.boundary;

import java.util.List;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.entity.SaveResult;

/** A refused campaign text as the console reports it: each mistake with its place and what is wrong. */
final class CampaignMistakes {

    private CampaignMistakes() {
    }

    static SaveResult.Invalid invalid(CampaignFileException e) {
        List<SaveResult.Invalid> more = e.mistakes().stream().skip(1).map(CampaignMistakes::one).toList();
        return new SaveResult.Invalid(e.line(), e.field(), e.problem(), more);
    }

    private static SaveResult.Invalid one(CampaignFileException e) {
        return new SaveResult.Invalid(e.line(), e.field(), e.problem(), List.of());
    }
}
