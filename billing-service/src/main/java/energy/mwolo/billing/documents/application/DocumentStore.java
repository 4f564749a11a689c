package energy.mwolo.billing.documents.application;

import energy.mwolo.platform.storage.FileStorage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Documents' PDFs in the platform's file storage, keyed by kind, number and revision:
 * {@code invoices/2026/FAC-2026-000123/<revision>.pdf}. A revision is rendered once, the first time it is asked for,
 * and the same bytes are served from then on; a new revision is rendered beside the earlier ones, which stay as they
 * were sent. Two first requests at once both render and both store; the storage's write is atomic, so one whole,
 * equivalent document stays. Each rendering counts in {@code billing.documents.rendered} (tag {@code kind}): served
 * from the storage, a document does not.
 */
@Component
public class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
    /** A revision becomes part of a storage key: nothing that could climb out of the number's folder. */
    private static final Pattern REVISION = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final FileStorage storage;
    private final Map<DocumentKind, Counter> renderings = new EnumMap<>(DocumentKind.class);

    DocumentStore(FileStorage storage, MeterRegistry meters) {
        this.storage = storage;
        for (DocumentKind kind : DocumentKind.values()) {
            renderings.put(kind, Counter.builder("billing.documents.rendered").tag("kind", kind.folder())
                    .description("PDFs drawn rather than served from the file storage").register(meters));
        }
    }

    /** The key of a revision of a document's PDF: {@code <folder>/<year>/<number>/<revision>.pdf}. */
    public static String key(DocumentKind kind, String number, String revision) {
        if (revision == null || !REVISION.matcher(revision).matches()) {
            throw new IllegalArgumentException("Not a revision: " + revision);
        }
        return kind.folder() + "/" + kind.yearOf(number) + "/" + number + "/" + revision + ".pdf";
    }

    /**
     * The kept PDF of the document's revision, else the one {@code rendering} draws, kept from now on. One that
     * cannot be stored is served all the same (the next request tries again): the client needs the document more
     * than the archive needs it now. The file name offered is the number's ({@code FAC-2026-000123.pdf}).
     *
     * @param revision what tells this state of the document from its others ({@code [a-z0-9._-]}), such as
     *                 {@link DocumentPdfs#revision}
     */
    public Pdf keptOrRendered(DocumentKind kind, String number, String revision, Supplier<byte[]> rendering) {
        String key = key(kind, number, revision);
        String fileName = number + ".pdf";
        Optional<byte[]> kept = read(key);
        if (kept.isPresent()) {
            return new Pdf(fileName, kept.get());
        }
        byte[] rendered = rendering.get();
        renderings.get(kind).increment();
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
