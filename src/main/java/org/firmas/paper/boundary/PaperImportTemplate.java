package org.firmas.paper.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.paper.control.SheetRowCheck;
import org.firmas.paper.entity.SheetCode;
import org.firmas.paper.entity.SheetColumn;
import org.firmas.platform.Messages;
import org.firmas.platform.SpreadsheetSafeCsv;

/**
 * The file an organizer downloads to type sheets into: comment lines in the organizer's language
 * saying what each column takes (the import skips them), the header row, and one example row
 * to be replaced by the real rows. The example's sheet code is no sheet's ({@link SheetRowCheck#EXAMPLE_SERIAL}),
 * so an example row left in the file is a bad row, not a signer nobody met.
 */
public final class PaperImportTemplate {

    private PaperImportTemplate() {
    }

    public static String csv(long campaignId, Locale locale, LocalDate today) {
        StringWriter out = new StringWriter();
        for (String key : List.of("organize.paper.template.intro", "organize.paper.template.columns",
                "organize.paper.template.optional", "organize.paper.template.example")) {
            out.append("# ").append(Messages.format(locale, key, SheetCode.issue(campaignId))).append("\r\n");
        }
        try (CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format())) {
            SpreadsheetSafeCsv.printRow(printer, Arrays.stream(SheetColumn.values()).map(SheetColumn::header).toList());
            SpreadsheetSafeCsv.printRow(printer, List.of("F" + campaignId + "-" + SheetRowCheck.EXAMPLE_SERIAL,
                    Messages.format(locale, "organize.paper.template.eventName"), today.toString(),
                    Messages.format(locale, "organize.paper.template.eventPlace"), "Rosa Méndez", "María José García López",
                    "19104", "", "", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
