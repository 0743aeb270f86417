package org.firmas.paper.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.firmas.paper.entity.SheetText;
import org.firmas.platform.Messages;

/**
 * A printable signature sheet: the petition, whom it goes to, the privacy notice, then numbered
 * rows with room for handwriting (name, ZIP, optional email and phone, signature) to the end of a
 * page and at least {@value #MIN_ROWS} of them. Every page carries the sheet's code and "page N of
 * M", so a page that comes loose is still typed up under its sheet.
 */
public final class SheetDocument {

    static final int MIN_ROWS = 20;
    /** About 10 mm: room for a name written by hand. */
    static final float ROW_HEIGHT = 28;
    private static final float HEADER_HEIGHT = 20;
    private static final float HEADER_SIZE = 7;
    /** Column widths as shares of the line: number, name, ZIP, email, phone, signature. */
    private static final float[] WITH_PHONE = {0.05f, 0.27f, 0.10f, 0.23f, 0.14f, 0.21f};
    private static final String[] WITH_PHONE_LABELS = {"paper.sheet.number", "paper.sheet.name", "paper.sheet.zip",
        "paper.sheet.email", "paper.sheet.phone", "paper.sheet.signature"};
    /** A campaign that asks for no phone online gets no phone column: a number written there would not be kept. */
    private static final float[] WITHOUT_PHONE = {0.05f, 0.31f, 0.11f, 0.29f, 0.24f};
    private static final String[] WITHOUT_PHONE_LABELS = {"paper.sheet.number", "paper.sheet.name", "paper.sheet.zip",
        "paper.sheet.email", "paper.sheet.signature"};

    private SheetDocument() {
    }

    public static void write(SheetText sheet, PaperSize paper, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages(paper, page -> words(sheet, "paper.sheet.footer", sheet.code().toString(), page, PdfPages.PAGE_COUNT))) {
            pages.newPage();
            introduction(pages, sheet);
            rows(pages, sheet);
            pages.finish();
            pages.save(out);
        }
    }

    private static void introduction(PdfPages pages, SheetText sheet) throws IOException {
        pages.paragraph(sheet.title(), 15, true, 0);
        pages.down(4);
        for (String paragraph : sheet.petition()) {
            pages.paragraph(paragraph, 10, false, 0);
            pages.down(3);
        }
        if (!sheet.targets().isEmpty()) {
            pages.paragraph(words(sheet, "paper.sheet.targets"), 9, true, 0);
            for (String target : sheet.targets()) {
                pages.paragraph(target, 9, false, 8);
            }
            pages.down(3);
        }
        pages.paragraph(words(sheet, "paper.sheet.privacy"), 8, true, 0);
        String kept = sheet.asksPhone() ? "paper.sheet.privacyKept" : "paper.sheet.privacyKeptNoPhone";
        for (String key : new String[] {kept, "paper.sheet.privacyWho", "paper.sheet.privacyLong"}) {
            pages.paragraph(words(sheet, key), 7.5f, false, 0);
        }
        for (String paragraph : sheet.campaignPrivacy()) {
            pages.paragraph(paragraph, 7.5f, false, 0);
        }
        pages.down(8);
    }

    private static void rows(PdfPages pages, SheetText sheet) throws IOException {
        if (!pages.fits(HEADER_HEIGHT + ROW_HEIGHT * 3)) {
            pages.newPage();
        }
        header(pages, sheet);
        int row = 0;
        while (row < MIN_ROWS || pages.fits(ROW_HEIGHT)) {
            if (!pages.fits(ROW_HEIGHT)) {
                pages.newPage();
                pages.paragraph(sheet.title(), 9, true, 0);
                pages.down(4);
                header(pages, sheet);
            }
            row++;
            cells(pages, columns(sheet), ROW_HEIGHT, row + ".", 9);
        }
    }

    private static void header(PdfPages pages, SheetText sheet) throws IOException {
        float x = pages.left();
        float[] columns = columns(sheet);
        String[] labels = sheet.asksPhone() ? WITH_PHONE_LABELS : WITHOUT_PHONE_LABELS;
        for (int column = 0; column < columns.length; column++) {
            float width = columns[column] * pages.width();
            // A label in two lines at most: "Teléfono (opcional)" is wider than its column.
            List<String> lines = pages.wrap(words(sheet, labels[column]), HEADER_SIZE, true, width - 4);
            for (int line = 0; line < Math.min(2, lines.size()); line++) {
                pages.text(x + 2, pages.y() - HEADER_SIZE - 1 - line * (HEADER_SIZE + 1), lines.get(line), HEADER_SIZE, true, width - 4);
            }
            x += width;
        }
        pages.down(HEADER_HEIGHT);
    }

    /** One row of boxes, the first holding the row's number. */
    private static float[] columns(SheetText sheet) {
        return sheet.asksPhone() ? WITH_PHONE : WITHOUT_PHONE;
    }

    private static void cells(PdfPages pages, float[] columns, float height, String number, float fontSize) throws IOException {
        float x = pages.left();
        for (float share : columns) {
            pages.box(x, pages.y(), share * pages.width(), height);
            x += share * pages.width();
        }
        pages.text(pages.left() + 3, pages.y() - height + 6, number, fontSize, false, columns[0] * pages.width());
        pages.down(height);
    }

    private static String words(SheetText sheet, String key, Object... arguments) {
        return Messages.format(sheet.locale(), key, arguments);
    }
}
