package energy.mwolo.billing.documents.pdf;

import energy.mwolo.platform.documents.Fonts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of one document, written top to bottom: a cursor that goes down as blocks are drawn and opens a new A4
 * page when the next block does not fit, starting it with whatever {@link #onNewPage} says (a table's header while a
 * table runs). Coordinates are PDF points from the page's lower-left corner; text is placed by its baseline.
 */
final class PageFlow {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 42f;
    static final float LEFT = MARGIN;
    static final float RIGHT = A4.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - MARGIN;
    /** Below it, the footer: blocks stop here. */
    static final float BOTTOM = MARGIN + 24f;

    /** What starts each page after the first. */
    @FunctionalInterface
    interface PageStart {
        void draw(PageFlow flow) throws IOException;
    }

    private final PDDocument document;
    private final Fonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private PageStart pageStart = flow -> { };
    private float y;

    PageFlow(PDDocument document, Fonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        openPage();
    }

    Fonts fonts() {
        return fonts;
    }

    PDPageContentStream content() {
        return content;
    }

    /** Where the next block starts, from the bottom of the page. */
    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    void onNewPage(PageStart start) {
        this.pageStart = start;
    }

    /** Opens a new page unless {@code height} still fits above the footer. */
    void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() throws IOException {
        content.close();
        openPage();
        pageStart.draw(this);
    }

    private void openPage() throws IOException {
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Closes the last page and writes every page's footer: {@code left} and "Page i / n". */
    void finish(String left) throws IOException {
        content.close();
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content = footer;
                rule(LEFT, RIGHT, MARGIN + 14f, 0.5f, 0.6f);
                text(left, LEFT, MARGIN + 4f, fonts.regular(), 6.5f);
                textRight("Page " + (i + 1) + " / " + count, RIGHT, MARGIN + 4f, fonts.regular(), 6.5f);
            }
        }
    }

    void text(String text, float x, float baseline, PDFont font, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(fonts.drawable(text));
        content.endText();
    }

    void textRight(String text, float right, float baseline, PDFont font, float size) throws IOException {
        text(text, right - width(text, font, size), baseline, font, size);
    }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(fonts.drawable(text)) / 1000f * size;
    }

    /** A horizontal line at {@code height}, {@code gray} from 0 (black) to 1 (white). */
    void rule(float from, float to, float height, float lineWidth, float gray) throws IOException {
        content.setStrokingColor(gray);
        content.setLineWidth(lineWidth);
        content.moveTo(from, height);
        content.lineTo(to, height);
        content.stroke();
        content.setStrokingColor(0f);
    }

    /** A filled rectangle from its lower-left corner. */
    void fill(float x, float bottom, float width, float height, float gray) throws IOException {
        content.setNonStrokingColor(gray);
        content.addRect(x, bottom, width, height);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    /** The outline of a rectangle from its lower-left corner. */
    void frame(float x, float bottom, float width, float height, float gray) throws IOException {
        content.setStrokingColor(gray);
        content.setLineWidth(0.6f);
        content.addRect(x, bottom, width, height);
        content.stroke();
        content.setStrokingColor(0f);
    }

    /**
     * The text in lines no wider than {@code width}, broken at spaces (an amount's no-break spaces hold it
     * together), a word longer than a line broken where it must.
     */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : fonts.drawable(text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = longestFit(rest, font, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private int longestFit(String word, PDFont font, float size, float width) throws IOException {
        int cut = 1;
        while (cut < word.length() && width(word.substring(0, cut + 1), font, size) <= width) {
            cut++;
        }
        return cut;
    }
}
