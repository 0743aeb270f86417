package org.firmas.paper.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Unicode TrueType font shipped with Firmas (DejaVu Sans, see fonts/DejaVu-LICENSE.txt), embedded
 * as a subset of the glyphs a document uses. Text reaches the page only through
 * {@link #printable}: a name in a script the font lacks prints with question marks instead of
 * failing the whole document.
 */
final class PdfFont {

    private static final String FOLDER = "/org/firmas/paper/fonts/";
    private static final char MISSING = '?';

    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    private PdfFont(PDType0Font font) {
        this.font = font;
    }

    static PdfFont load(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfFont.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("Font missing from the build: " + file);
            }
            return new PdfFont(PDType0Font.load(document, in, true));
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text as this font can draw it: blanks and controls as spaces, invisible marks dropped, the rest replaced. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (Character.isWhitespace(point) || Character.isISOControl(point) || Character.isSpaceChar(point)) {
                out.append(' ');
            } else if (Character.getType(point) == Character.FORMAT) {
                return; // joiners and direction marks: nothing to see
            } else if (canDraw(point)) {
                out.appendCodePoint(point);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** The width of printable text at a size, in points. */
    float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canDraw(int point) {
        return drawable.computeIfAbsent(point, candidate -> {
            try {
                font.encode(new String(Character.toChars(candidate)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
