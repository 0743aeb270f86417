package org.firmas.campaign.boundary;

import java.util.List;
import java.util.Optional;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.entity.SaveResult;

/** A refused campaign text as the console reports it: each mistake, and its message key where the console words it. */
final class CampaignMistakes {

    private CampaignMistakes() {
    }

    static SaveResult.Invalid invalid(CampaignFileException e) {
        List<SaveResult.Invalid> more = e.mistakes().stream().skip(1).map(CampaignMistakes::one).toList();
        SaveResult.Invalid first = one(e);
        return new SaveResult.Invalid(first.line(), first.field(), first.problem(), first.messageKey(), first.detail(), more);
    }

    private static SaveResult.Invalid one(CampaignFileException e) {
        Optional<String> key = switch (e.kind()) {
            case INVISIBLE_CHARACTER -> Optional.of("organize.file.invisible");
            case LINE_BREAK -> Optional.of("organize.file.lineBreak");
            case NESTED_TOO_DEEP -> Optional.of("organize.file.tooDeep");
            case TOO_LARGE -> Optional.of("organize.file.tooLarge");
            case OTHER -> Optional.empty();
        };
        return new SaveResult.Invalid(e.line(), e.field(), e.problem(), key, e.detail(), List.of());
    }
}
