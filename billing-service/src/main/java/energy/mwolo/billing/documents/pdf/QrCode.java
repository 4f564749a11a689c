package energy.mwolo.billing.documents.pdf;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares: ZXing computes the modules, each run of dark modules in a row becomes one
 * rectangle, all filled at once. No image: it stays sharp when printed and costs a few hundred bytes. Error
 * correction M (15 %) survives a crease or a stamp on a printed invoice.
 */
final class QrCode {

    /** The white margin a reader needs around the symbol, in modules. */
    static final int QUIET_ZONE = 4;

    private final ByteMatrix modules;

    private QrCode(ByteMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
        }
    }

    /** Modules per side, without the quiet zone. */
    int size() {
        return modules.getWidth();
    }

    boolean dark(int x, int y) {
        return modules.get(x, y) == 1;
    }

    /**
     * Draws the symbol with its quiet zone inside a square of {@code side} points whose lower-left corner is at
     * ({@code x}, {@code bottom}); nothing else may be drawn in that square.
     */
    void draw(PDPageContentStream content, float x, float bottom, float side) throws IOException {
        float module = side / (size() + 2 * QUIET_ZONE);
        float left = x + QUIET_ZONE * module;
        float top = bottom + side - QUIET_ZONE * module;
        for (int row = 0; row < size(); row++) {
            int column = 0;
            while (column < size()) {
                if (!dark(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < size() && dark(column, row)) {
                    column++;
                }
                content.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }
}
