package org.firmas.paper.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page layout both printed documents share: margins, a cursor moving down the page, wrapped
 * paragraphs, single lines and boxes, a new page when the next thing does not fit, and at the end
 * a footer on every page that can say "page N of M". Page contents go to a scratch file, not the
 * heap, so a packet of thousands of pages holds little more than its page count in memory.
 */
public final class PdfPages implements Closeable {

    static final float MARGIN = 48;
    private static final float FOOTER_SIZE = 8;
    private static final float LEADING = 1.3f;

    private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    private final PDRectangle size;
    private final PdfFont regular;
    private final PdfFont bold;
    private PDPageContentStream content;
    private float y;

    public PdfPages(PaperSize paper) throws IOException {
        this.size = paper.rectangle();
        this.regular = PdfFont.load(document, "DejaVuSans.ttf");
        this.bold = PdfFont.load(document, "DejaVuSans-Bold.ttf");
    }

    public float left() {
        return MARGIN;
    }

    public float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** Where the next thing's top goes. */
    public float y() {
        return y;
    }

    public void down(float height) {
        y -= height;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    public void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** Whether something this tall fits above the footer. */
    public boolean fits(float height) {
        return content != null && y - height >= MARGIN + FOOTER_SIZE * 2;
    }

    /** A new page unless something this tall fits on this one. */
    public void need(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    public float lineHeight(float fontSize) {
        return fontSize * LEADING;
    }

    /** A paragraph wrapped to the width from {@code indent}, continuing on new pages as needed. */
    public void paragraph(String text, float fontSize, boolean strong, float indent) throws IOException {
        for (String line : wrap(text, fontSize, strong, width() - indent)) {
            need(lineHeight(fontSize));
            y -= lineHeight(fontSize);
            text(left() + indent, y + fontSize * (LEADING - 1), line, fontSize, strong);
        }
    }

    /** The lines a paragraph takes at this width. */
    public List<String> wrap(String text, float fontSize, boolean strong, float width) {
        PdfFont font = strong ? bold : regular;
        return TextWrap.lines(font.printable(text), width, line -> font.width(line, fontSize));
    }

    /** One line at a place on this page, cut with an ellipsis if wider than {@code maxWidth}. */
    public void text(float x, float baseline, String text, float fontSize, boolean strong, float maxWidth) throws IOException {
        PdfFont font = strong ? bold : regular;
        String line = font.printable(text);
        while (line.length() > 1 && font.width(line, fontSize) > maxWidth) {
            line = line.substring(0, line.offsetByCodePoints(line.length(), -2)) + "…";
        }
        text(x, baseline, line, fontSize, strong);
    }

    private void text(float x, float baseline, String printable, float fontSize, boolean strong) throws IOException {
        content.beginText();
        content.setFont((strong ? bold : regular).font(), fontSize);
        content.newLineAtOffset(x, baseline);
        content.showText(printable);
        content.endText();
    }

    public void box(float x, float top, float width, float height) throws IOException {
        content.setLineWidth(0.6f);
        content.addRect(x, top - height, width, height);
        content.stroke();
    }

    /**
     * Ends the document: every page gets a footer line, from its number and the page count, along
     * the bottom margin.
     */
    public void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int number = 1; number <= pages; number++) {
            PDPage page = document.getPage(number - 1);
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
            text(left(), MARGIN, footer.apply(number, pages), FOOTER_SIZE, false, width());
            closeContent();
        }
    }

    public void save(OutputStream out) throws IOException {
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        closeContent();
        document.close();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
