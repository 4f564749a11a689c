package energy.mwolo.support.attachments;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a ticket, as listed (its bytes are in the file storage under {@code storageKey}). */
record Attachment(UUID id, UUID ticket, String fileName, String contentType, long size, String storageKey,
                  UUID uploadedBy, Instant uploadedAt) {
}
