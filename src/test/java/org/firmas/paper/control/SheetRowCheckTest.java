package org.firmas.paper.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.DeliveryPolicy;
import org.firmas.campaign.entity.SignerFields;
import org.firmas.campaign.entity.Target;
import org.firmas.paper.entity.RowProblem;
import org.firmas.paper.entity.SheetColumn;
import org.firmas.paper.entity.SheetRow;
import org.firmas.paper.entity.TypedSignature;
import org.junit.jupiter.api.Test;

class SheetRowCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aGoodRowBecomesASignatureWithItsNameSplitAtTheFirstSpace() {
        TypedSignature signature = valid(check(row(Map.of(SheetColumn.NAME, "María José García López",
                SheetColumn.EMAIL, "maria@example.org", SheetColumn.PHONE, "(215) 555-0100"))));

        assertEquals("María", signature.firstName());
        assertEquals("José García López", signature.lastName());
        assertEquals("F12-7KQ3MX", signature.sheet().toString());
        assertEquals(LocalDate.of(2026, 11, 29), signature.event().date());
        assertEquals("Berks County", signature.area(), "the ZIP code's only area");
        assertEquals("maria@example.org", signature.email());
        assertNull(signature.phone(), "the campaign asks for no phone number online, so none is kept from paper");
    }

    @Test
    void aOneWordNameAndNoAddressAreASignatureToo() {
        TypedSignature signature = valid(check(row(Map.of(SheetColumn.NAME, "Xochitl"))));

        assertEquals("Xochitl", signature.firstName());
        assertEquals("", signature.lastName());
        assertNull(signature.email());
    }

    @Test
    void aCampaignThatAsksForPhoneNumbersKeepsAndChecksThem() {
        SheetRowCheck asksPhone = new SheetRowCheck(12, campaign(true), TODAY);

        assertEquals("+1 215 555 0100", valid(asksPhone.check(row(Map.of(SheetColumn.PHONE, "+1 215 555 0100")))).phone());
        assertEquals(List.of(problem(SheetColumn.PHONE, "organize.paper.problem.phone")),
                problems(asksPhone.check(row(Map.of(SheetColumn.PHONE, "call me")))));
    }

    @Test
    void everyBadCellOfARowIsReportedWithItsLineAndColumn() {
        List<RowProblem> problems = problems(check(row(Map.of(SheetColumn.SHEET_CODE, "F13-7KQ3MX", SheetColumn.EVENT_DATE, "29/11/2026",
                SheetColumn.COLLECTED_BY, "", SheetColumn.ZIP, "1910", SheetColumn.EMAIL, "ana@", SheetColumn.NAME, "A\u202Ena"))));

        assertEquals(List.of(
                problem(SheetColumn.SHEET_CODE, "organize.paper.problem.otherCampaign", "F13-7KQ3MX"),
                problem(SheetColumn.EVENT_DATE, "organize.paper.problem.date", "29/11/2026"),
                problem(SheetColumn.COLLECTED_BY, "organize.paper.problem.missing"),
                problem(SheetColumn.NAME, "organize.paper.problem.invisible"),
                problem(SheetColumn.ZIP, "organize.paper.problem.zip", "1910"),
                problem(SheetColumn.EMAIL, "organize.paper.problem.email", "ana@")), problems);
    }

    @Test
    void sheetCodesDatesAndLengthsFollowTheSheetsRules() {
        assertEquals(List.of(problem(SheetColumn.SHEET_CODE, "organize.paper.problem.sheetCode", "12-7KQ3MX")),
                problems(check(row(Map.of(SheetColumn.SHEET_CODE, "12-7KQ3MX")))));
        assertEquals(List.of(problem(SheetColumn.SHEET_CODE, "organize.paper.problem.exampleRow")),
                problems(check(row(Map.of(SheetColumn.SHEET_CODE, "F12-EXAMPLE")))));
        assertEquals("F12-7KQ3MX", valid(check(row(Map.of(SheetColumn.SHEET_CODE, " f12-7kq3mx ")))).sheet().toString());
        assertEquals(List.of(problem(SheetColumn.EVENT_DATE, "organize.paper.problem.dateAhead", "2026-12-07")),
                problems(check(row(Map.of(SheetColumn.EVENT_DATE, "2026-12-07")))));
        assertEquals(List.of(problem(SheetColumn.EVENT_NAME, "organize.paper.problem.tooLong", SheetRowCheck.EVENT_TEXT)),
                problems(check(row(Map.of(SheetColumn.EVENT_NAME, "x".repeat(SheetRowCheck.EVENT_TEXT + 1))))));
    }

    @Test
    void aZipCodeInSeveralAreasNeedsOneOfThem() {
        assertEquals(List.of(problem(SheetColumn.AREA, "organize.paper.problem.areaNeeded", "19020", "Bucks County, Philadelphia")),
                problems(check(row(Map.of(SheetColumn.ZIP, "19020")))));
        assertEquals(List.of(problem(SheetColumn.AREA, "organize.paper.problem.areaNotOfZip", "19020", "Bucks County, Philadelphia")),
                problems(check(row(Map.of(SheetColumn.ZIP, "19020", SheetColumn.AREA, "Berks County")))));
        assertEquals("Philadelphia", valid(check(row(Map.of(SheetColumn.ZIP, "19020", SheetColumn.AREA, "Philadelphia")))).area());
    }

    static SheetRow row(Map<SheetColumn, String> changes) {
        Map<SheetColumn, String> cells = new EnumMap<>(Map.of(SheetColumn.SHEET_CODE, "F12-7KQ3MX", SheetColumn.EVENT_NAME, "Table after Mass",
                SheetColumn.EVENT_DATE, "2026-11-29", SheetColumn.EVENT_PLACE, "St. Agnes", SheetColumn.COLLECTED_BY, "Rosa Méndez",
                SheetColumn.NAME, "Ana García", SheetColumn.ZIP, "19601"));
        cells.putAll(changes);
        return new SheetRow(17, cells);
    }

    static CampaignDefinition campaign(boolean asksPhone) {
        CampaignTexts texts = new CampaignTexts("Shut down Berks", "S", "B", "<p>B</p>", "Close it.", "<p>Close it.</p>", "", "");
        return new CampaignDefinition("shut-down-berks", CampaignStatus.OPEN, 10000, null, CampaignDefinition.DEFAULT_TIME_ZONE,
                Map.of("en", texts, "es", texts), List.of(new Target("Governor", "Governor", "governor@pa.example.org", null, "en")),
                new DeliveryPolicy(100, Duration.ofHours(24), true), new SignerFields(asksPhone, true),
                Map.of("19601", List.of("Berks County"), "19020", List.of("Bucks County", "Philadelphia")), null, 0);
    }

    private static SheetRowCheck.Result check(SheetRow row) {
        return new SheetRowCheck(12, campaign(false), TODAY).check(row);
    }

    private static TypedSignature valid(SheetRowCheck.Result result) {
        return assertInstanceOf(SheetRowCheck.Valid.class, result).signature();
    }

    private static List<RowProblem> problems(SheetRowCheck.Result result) {
        return assertInstanceOf(SheetRowCheck.Invalid.class, result).problems();
    }

    private static RowProblem problem(SheetColumn column, String key, Object... arguments) {
        return RowProblem.of(17, column, key, arguments);
    }
}
