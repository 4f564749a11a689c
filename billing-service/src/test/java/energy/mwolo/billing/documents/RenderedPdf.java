package energy.mwolo.billing.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A produced PDF read back as a reader would: its text page by page, its properties, its fonts, its QR code. */
public final class RenderedPdf {

    private final byte[] bytes;

    public RenderedPdf(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public int pages() {
        return read(PDDocument::getNumberOfPages);
    }

    /** The text of the whole document. */
    public String text() {
        return read(document -> stripper().getText(document));
    }

    /** The text with its line breaks as spaces: a wrapped paragraph reads as one. */
    public String flatText() {
        return text().replaceAll("\\s+", " ");
    }

    /** The text of each page, first page first. */
    public List<String> pageTexts() {
        return read(document -> {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = stripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return texts;
        });
    }

    public PDDocumentInformation information() {
        return read(PDDocument::getDocumentInformation);
    }

    /** "name embedded?" of every font the first page uses, e.g. "ABCDEF+DejaVuSans true". */
    public List<String> fonts() {
        return read(document -> {
            PDResources resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName() + " " + font.isEmbedded());
            }
            return fonts;
        });
    }

    /** How many images the pages carry. */
    public int images() {
        return read(document -> {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            return images;
        });
    }

    /** What the QR code on the page says, read from the page drawn at 150 dpi as a phone would see a print. */
    public String qrCode(int pageIndex) {
        return read(document -> {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 150, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (NotFoundException e) {
                throw new AssertionError("No QR code found on page " + (pageIndex + 1), e);
            } catch (ReaderException e) {
                throw new AssertionError("The QR code on page " + (pageIndex + 1) + " cannot be read", e);
            }
        });
    }

    /** Reads as people do, line by line down the page, whatever order the content stream drew things in. */
    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    private interface Reading<T> {
        T apply(PDDocument document) throws IOException;
    }

    private <T> T read(Reading<T> reading) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return reading.apply(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
