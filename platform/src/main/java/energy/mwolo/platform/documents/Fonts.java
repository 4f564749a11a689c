package energy.mwolo.platform.documents;

import java.util.BitSet;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fonts of one document, and the characters both can draw. */
public record Fonts(PDFont regular, PDFont bold, BitSet drawable) {

    /**
     * The text as the fonts can draw it: line breaks and tabs become spaces, any other control character goes, and
     * a character neither font has becomes '?'.
     */
    public String drawable(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
                safe.append(' ');
            } else if (!Character.isISOControl(codePoint)) {
                safe.append(codePoint <= Character.MAX_VALUE && drawable.get(codePoint) ? (char) codePoint : '?');
            }
        }
        return safe.toString();
    }
}
