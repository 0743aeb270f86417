package org.firmas.paper.control;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a sheet or packet is laid out for; Letter in the United States, A4 nearly everywhere else. */
public enum PaperSize {
    LETTER(PDRectangle.LETTER), A4(PDRectangle.A4);

    private final PDRectangle rectangle;

    PaperSize(PDRectangle rectangle) {
        this.rectangle = rectangle;
    }

    PDRectangle rectangle() {
        return rectangle;
    }

    /** The configured name ("letter", "a4"), Letter for anything else. */
    public static PaperSize named(String name) {
        return name != null && name.strip().toUpperCase(Locale.ROOT).equals("A4") ? A4 : LETTER;
    }
}
