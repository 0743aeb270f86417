package org.firmas.paper.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.firmas.campaign.entity.AreaChoice;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.paper.entity.PaperEvent;
import org.firmas.paper.entity.RowProblem;
import org.firmas.paper.entity.SheetCode;
import org.firmas.paper.entity.SheetColumn;
import org.firmas.paper.entity.SheetRow;
import org.firmas.paper.entity.TypedSignature;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.PlainTextValidator;
import org.firmas.signature.boundary.SignForm;

/**
 * Checks one typed row against its campaign with the rules the online form has (a ZIP code of five
 * digits, a real address shape, a phone number of 6 to 15 digits, an area where the ZIP code lies
 * in several), and those of a sheet: a code of this campaign's sheets, the event's name, date and
 * place, and who collected it. Every problem of the row is reported, not just the first.
 */
public final class SheetRowCheck {

    /** The serial of the template's example row, which no sheet has: its letters are not all of the codes' alphabet. */
    public static final String EXAMPLE_SERIAL = "EXAMPLE";
    static final Pattern ZIP = Pattern.compile(SignForm.ZIP);
    static final Pattern PHONE = Pattern.compile(SignForm.PHONE);
    static final int NAME_PART = 100;
    static final int EVENT_TEXT = 200;
    static final int PHONE_LENGTH = 40;

    private final long campaignId;
    private final CampaignDefinition campaign;
    private final LocalDate today;

    public SheetRowCheck(long campaignId, CampaignDefinition campaign, LocalDate today) {
        this.campaignId = campaignId;
        this.campaign = campaign;
        this.today = today;
    }

    /** The row as a signature to import, or what is wrong with it. */
    public Result check(SheetRow row) {
        List<RowProblem> problems = new ArrayList<>();
        Cells cells = new Cells(row, problems);
        SheetCode sheet = sheetCode(cells);
        String eventName = cells.text(SheetColumn.EVENT_NAME, EVENT_TEXT);
        LocalDate date = eventDate(cells);
        String place = cells.text(SheetColumn.EVENT_PLACE, EVENT_TEXT);
        String collector = cells.text(SheetColumn.COLLECTED_BY, NAME_PART);
        String[] name = name(cells);
        String zip = cells.matching(SheetColumn.ZIP, ZIP, "organize.paper.problem.zip");
        String email = email(cells);
        String phone = campaign.fields().phone() ? phone(cells) : null;
        String area = zip == null ? null : area(cells, zip);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new TypedSignature(row.line(), sheet, new PaperEvent(eventName, date, place), collector,
                name[0], name[1], zip, email, phone, area));
    }

    public sealed interface Result {
    }

    public record Valid(TypedSignature signature) implements Result {
    }

    public record Invalid(List<RowProblem> problems) implements Result {
    }

    private SheetCode sheetCode(Cells cells) {
        String typed = cells.required(SheetColumn.SHEET_CODE);
        if (typed == null) {
            return null;
        }
        Optional<SheetCode> code = SheetCode.parse(typed);
        if (typed.toUpperCase(java.util.Locale.ROOT).endsWith("-" + EXAMPLE_SERIAL)) {
            cells.problem(SheetColumn.SHEET_CODE, "organize.paper.problem.exampleRow");
            return null;
        }
        if (code.isEmpty()) {
            cells.problem(SheetColumn.SHEET_CODE, "organize.paper.problem.sheetCode", typed);
            return null;
        }
        if (code.get().campaignId() != campaignId) {
            cells.problem(SheetColumn.SHEET_CODE, "organize.paper.problem.otherCampaign", code.get().toString());
            return null;
        }
        return code.get();
    }

    private LocalDate eventDate(Cells cells) {
        String typed = cells.required(SheetColumn.EVENT_DATE);
        if (typed == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed);
            if (date.isAfter(today)) {
                cells.problem(SheetColumn.EVENT_DATE, "organize.paper.problem.dateAhead", typed);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            cells.problem(SheetColumn.EVENT_DATE, "organize.paper.problem.date", typed);
            return null;
        }
    }

    /** First name up to the first space, last name the rest: the list officials read joins them again. */
    private static String[] name(Cells cells) {
        String full = cells.text(SheetColumn.NAME, 2 * NAME_PART);
        if (full == null) {
            return new String[] {null, null};
        }
        String[] parts = full.split("\\s+", 2);
        String last = parts.length > 1 ? parts[1] : "";
        if (parts[0].length() > NAME_PART || last.length() > NAME_PART) {
            cells.problem(SheetColumn.NAME, "organize.paper.problem.tooLong", NAME_PART);
        }
        return new String[] {parts[0], last};
    }

    private static String email(Cells cells) {
        String typed = cells.optional(SheetColumn.EMAIL);
        if (typed != null && !EmailSyntax.isValid(typed)) {
            cells.problem(SheetColumn.EMAIL, "organize.paper.problem.email", typed);
            return null;
        }
        return typed;
    }

    private static String phone(Cells cells) {
        String typed = cells.optional(SheetColumn.PHONE);
        if (typed != null && (typed.length() > PHONE_LENGTH || !PHONE.matcher(typed).matches())) {
            cells.problem(SheetColumn.PHONE, "organize.paper.problem.phone");
            return null;
        }
        return typed;
    }

    private String area(Cells cells, String zip) {
        String chosen = cells.optional(SheetColumn.AREA);
        AreaChoice choice = campaign.areaFor(zip, chosen);
        if (choice instanceof AreaChoice.Open open) {
            cells.problem(SheetColumn.AREA, open.refused() ? "organize.paper.problem.areaNotOfZip" : "organize.paper.problem.areaNeeded",
                    zip, String.join(", ", open.candidates()));
            return null;
        }
        return ((AreaChoice.Settled) choice).area();
    }

    /** A row's cells with the rules every text cell shares: typed on one line, within its length, and there when required. */
    private static final class Cells {
        private final SheetRow row;
        private final List<RowProblem> problems;

        Cells(SheetRow row, List<RowProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        String optional(SheetColumn column) {
            String value = row.cell(column);
            if (value.isEmpty()) {
                return null;
            }
            if (!PlainTextValidator.isOneLine(value)) {
                problem(column, "organize.paper.problem.invisible");
                return null;
            }
            return value;
        }

        String required(SheetColumn column) {
            String value = optional(column);
            if (value == null && row.cell(column).isEmpty()) {
                problem(column, "organize.paper.problem.missing");
            }
            return value;
        }

        String text(SheetColumn column, int maxLength) {
            String value = required(column);
            if (value != null && value.length() > maxLength) {
                problem(column, "organize.paper.problem.tooLong", maxLength);
                return null;
            }
            return value;
        }

        String matching(SheetColumn column, Pattern pattern, String key) {
            String value = required(column);
            if (value != null && !pattern.matcher(value).matches()) {
                problem(column, key, value);
                return null;
            }
            return value;
        }

        void problem(SheetColumn column, String key, Object... arguments) {
            problems.add(RowProblem.of(row.line(), column, key, arguments));
        }
    }
}
