package energy.mwolo.billing.documents.application;

import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Documents' PDFs in the platform's file storage, keyed by kind and number: {@code credit-notes/2026/AV-2026-000007.pdf}
 * for a document that never changes, {@code invoices/2026/FAC-2026-000123/issued-paid-0.00-credited-0.00.pdf} for
 * one revision of a document that does (an invoice's status and amounts after payments and credit notes). A
 * revision is rendered once, the first time it is asked for, and the same bytes are served from then on; a new
 * revision is rendered beside the earlier ones, which stay as they were sent. Two first requests at once both render
 * and both store; the storage's write is atomic, so one whole, equivalent document stays.
 */
@Component
public class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
    /** A revision becomes part of a storage key: nothing that could climb out of the number's folder. */
    private static final Pattern REVISION = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final FileStorage storage;

    DocumentStore(FileStorage storage) {
        this.storage = storage;
    }

    /**
     * The key of a document's PDF: {@code <folder>/<year>/<number>.pdf}, or {@code <folder>/<year>/<number>/<revision>.pdf}
     * for one revision of it; the year is the number's.
     */
    public static String key(DocumentKind kind, String number, String revision) {
        String folder = kind.folder() + "/" + kind.yearOf(number) + "/" + number;
        if (revision == null) {
            return folder + ".pdf";
        }
        if (!REVISION.matcher(revision).matches()) {
            throw new IllegalArgumentException("Not a revision: " + revision);
        }
        return folder + "/" + revision + ".pdf";
    }

    /**
     * The kept PDF of the document's revision ({@code revision} null for a document that never changes), else the
     * one {@code rendering} draws, kept from now on. One that cannot be stored is served all the same (the next
     * request tries again): the client needs the document more than the archive needs it now. The file name offered
     * is the number's ({@code FAC-2026-000123.pdf}) whatever the revision.
     */
    public Pdf keptOrRendered(DocumentKind kind, String number, String revision, Supplier<byte[]> rendering) {
        String key = key(kind, number, revision);
        String fileName = number + ".pdf";
        Optional<byte[]> kept = read(key);
        if (kept.isPresent()) {
            return new Pdf(fileName, kept.get());
        }
        byte[] rendered = rendering.get();
        try {
            storage.put(key, new ByteArrayInputStream(rendered));
        } catch (RuntimeException e) {
            log.warn("{} was rendered but could not be stored; it is served unstored", key, e);
        }
        return new Pdf(fileName, rendered);
    }

    private Optional<byte[]> read(String key) {
        Optional<InputStream> stored = storage.open(key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stored.get()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }
}
