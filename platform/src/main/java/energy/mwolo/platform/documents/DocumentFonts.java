package energy.mwolo.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, read once from the classpath; every document embeds the subset of glyphs it uses
 * (accents included). Parsing the two fonts took about 2 ms, a third of an invoice's rendering, so parsed fonts are
 * kept and reused. A parsed font reads its tables lazily through one buffer position: it serves one document at a
 * time, which {@link #lease} guarantees, parsing another pair when every kept one is in use.
 * <p>
 * Also knows which characters both fonts can draw, so that a name in a script they lack prints as '?' rather than
 * failing the whole document.
 */
public final class DocumentFonts {

    private static final String REGULAR = "/documents/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/documents/fonts/DejaVuSans-Bold.ttf";
    /** Parsed pairs kept between renderings; more are parsed when more documents render at once, then dropped. */
    private static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    private final byte[] regular;
    private final byte[] bold;
    private final BitSet drawable;
    private final Deque<Parsed> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private DocumentFonts(byte[] regular, byte[] bold) throws IOException {
        this.regular = regular;
        this.bold = bold;
        Parsed first = parse();
        this.drawable = drawable(first.regular());
        drawable.and(drawable(first.bold()));
        giveBack(first);
    }

    /** Reads the fonts shipped with the platform (DejaVu Sans, see documents/fonts/LICENSE-DejaVu.txt). */
    public static DocumentFonts load() {
        try {
            return new DocumentFonts(read(REGULAR), read(BOLD));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the documents' fonts", e);
        }
    }

    /** Parsed fonts for one document, until the lease is closed, after the document was saved. */
    public Lease lease() throws IOException {
        Parsed parsed = idle.pollFirst();
        if (parsed == null) {
            return new Lease(parse());
        }
        idleCount.decrementAndGet();
        return new Lease(parsed);
    }

    public final class Lease implements AutoCloseable {

        private final Parsed parsed;

        private Lease(Parsed parsed) {
            this.parsed = parsed;
        }

        /** The two fonts, embedded as subsets into the document (the subsets are cut when it is saved). */
        public Fonts embedIn(PDDocument document) throws IOException {
            return new Fonts(PDType0Font.load(document, parsed.regular(), true),
                    PDType0Font.load(document, parsed.bold(), true), drawable);
        }

        @Override
        public void close() {
            giveBack(parsed);
        }
    }

    private void giveBack(Parsed parsed) {
        if (idleCount.incrementAndGet() <= KEPT) {
            idle.offerFirst(parsed);
        } else {
            idleCount.decrementAndGet();
        }
    }

    private Parsed parse() throws IOException {
        return new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(regular)),
                new TTFParser().parse(new RandomAccessReadBuffer(bold)));
    }

    private static BitSet drawable(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        BitSet drawable = new BitSet(Character.MAX_VALUE + 1);
        for (int codePoint = 0; codePoint <= Character.MAX_VALUE; codePoint++) {
            if (cmap.getGlyphId(codePoint) > 0) {
                drawable.set(codePoint);
            }
        }
        return drawable;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing font " + resource);
            }
            return in.readAllBytes();
        }
    }
}
