package org.firmas.paper.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The page layout both printed documents share: margins, a cursor moving down the page, wrapped
 * paragraphs, single lines and boxes, a new page when the next thing does not fit, and a footer
 * on every page that can say "page N of M". M is not known until the last page, so each footer
 * draws it from one shared form filled in at the end, and no page is opened twice. Page contents
 * go to a scratch file, not the heap, so a long packet holds a few kilobytes per page in memory.
 */
public final class PdfPages implements Closeable {

    static final float MARGIN = 48;
    private static final float FOOTER_SIZE = 8;
    private static final float LEADING = 1.3f;

    private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    private final PDRectangle size;
    private final PdfFont regular;
    private final PdfFont bold;
    private final IntFunction<String> footer;
    private final PDFormXObject pageCount;
    private PDPageContentStream content;
    private float y;

    /** Stands for the page count in a footer's text; only the footer's end may hold it. */
    public static final String PAGE_COUNT = "\uE000";

    /** {@code footer} gives a page's footer from its number, with {@link #PAGE_COUNT} where the count goes. */
    public PdfPages(PaperSize paper, IntFunction<String> footer) throws IOException {
        this.size = paper.rectangle();
        this.regular = PdfFont.load(document, "DejaVuSans.ttf");
        this.bold = PdfFont.load(document, "DejaVuSans-Bold.ttf");
        this.footer = footer;
        this.pageCount = new PDFormXObject(document);
        pageCount.setBBox(new PDRectangle(0, -FOOTER_SIZE, size.getWidth(), FOOTER_SIZE * 3));
        pageCount.setResources(new PDResources());
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
        drawFooter(document.getNumberOfPages());
    }

    private void drawFooter(int number) throws IOException {
        String text = footer.apply(number);
        int mark = text.indexOf(PAGE_COUNT);
        String before = mark < 0 ? text : text.substring(0, mark);
        float drawn = text(left(), MARGIN, before, FOOTER_SIZE, false, width());
        if (mark >= 0) {
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(left() + drawn, MARGIN));
            content.drawForm(pageCount);
            content.restoreGraphicsState();
        }
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

    /** One line at a place on this page, cut with an ellipsis if wider than {@code maxWidth}; returns its width. */
    public float text(float x, float baseline, String text, float fontSize, boolean strong, float maxWidth) throws IOException {
        PdfFont font = strong ? bold : regular;
        String line = font.printable(text);
        while (line.length() > 1 && font.width(line, fontSize) > maxWidth) {
            line = line.substring(0, line.offsetByCodePoints(line.length(), -2)) + "…";
        }
        text(x, baseline, line, fontSize, strong);
        return font.width(line, fontSize);
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

    /** Ends the document: the page count its footers show is now known. */
    public void finish() throws IOException {
        closeContent();
        try (PDFormContentStream count = new PDFormContentStream(pageCount)) {
            count.beginText();
            count.setFont(regular.font(), FOOTER_SIZE);
            count.showText(String.valueOf(document.getNumberOfPages()));
            count.endText();
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
