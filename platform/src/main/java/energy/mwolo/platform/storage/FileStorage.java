package energy.mwolo.platform.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where files go (attachments, invoice PDFs, photos): a flat key space such as {@code invoices/2026/FAC-1.pdf}.
 * A filesystem adapter by default; an S3-compatible one in production.
 */
public interface FileStorage {

    /** Stores the content under the key, replacing what was there; the write is all or nothing. */
    StoredFile put(String key, InputStream content);

    Optional<InputStream> open(String key);

    boolean exists(String key);

    /** Removes the file; nothing happens if there is none. */
    void delete(String key);

    record StoredFile(String key, long size) {
    }
}
