package energy.mwolo.billing.documents.application;

import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issued documents' PDFs in the platform's file storage, under {@code <kind>/<year>/<number>.pdf}
 * ({@code invoices/2026/FAC-2026-000123.pdf}). A document is rendered once, the first time it is asked for, and the
 * same bytes are served from then on: an issued invoice, a credit note or a receipt never changes once the client
 * may have it. Two first requests at once both render and both store; the storage's write is atomic, so the last
 * one stays and both clients get a whole, equivalent document.
 */
@Component
class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final FileStorage storage;

    DocumentStore(FileStorage storage) {
        this.storage = storage;
    }

    /** The key of a document's PDF: {@code folder/<year>/<number>.pdf}, the year taken from the number. */
    static String key(String folder, String number) {
        String year = number.substring(number.indexOf('-') + 1, number.indexOf('-') + 5);
        return folder + "/" + year + "/" + number + ".pdf";
    }

    /**
     * The PDF of the numbered document kept in the folder, else the one {@code rendering} draws, kept from now on.
     * When it cannot be stored it is served all the same (the next request tries to store it again): the client
     * needs the document more than the archive needs it now.
     */
    Pdf keptOrRendered(String folder, String number, Supplier<byte[]> rendering) {
        String key = key(folder, number);
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
