package energy.mwolo.operations.readings.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.storage.ContentTypes;
import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo of the meter's display an agent takes with a reading, as evidence of the register read: JPEG or PNG told
 * by its bytes (never by a name or a header the client chose), 5 MB at most, stored through the platform's file
 * storage under the meter and the reading's instant. Staff who read operations see it; a customer does not.
 */
@Service
public class ReadingPhotos {

    private static final Set<String> PHOTO_TYPES = Set.of(ContentTypes.JPEG, ContentTypes.PNG);

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final FileStorage storage;
    private final BrowsingReadings readings;

    ReadingPhotos(JdbcClient jdbc, FileStorage storage, BrowsingReadings readings) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.readings = readings;
    }

    /** A photo as stored: its bytes and content type. */
    public record Photo(byte[] bytes, String contentType) {
    }

    /** @param content the upload, read up to one byte beyond the limit */
    @Transactional
    public void attach(UUID meter, Instant readAt, InputStream content, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.CREATE);
        Instant at = reading(meter, readAt, user);
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidField("photo", "readings.photo.too_large", MAX_BYTES / (1024 * 1024));
        }
        String type = sniff(bytes);
        String key = "readings/" + meter + "/" + at.toEpochMilli()
                + (type.equals(ContentTypes.PNG) ? ".png" : ".jpg");
        storage.put(key, new ByteArrayInputStream(bytes));
        jdbc.sql("""
                        INSERT INTO reading_photos (meter_id, read_at, storage_key, content_type, size_bytes, uploaded_by,
                                                    uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, now())
                        ON CONFLICT (meter_id, read_at) DO UPDATE SET storage_key = excluded.storage_key,
                            content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                            uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
                .params(meter, Timestamp.from(at), key, type, bytes.length, user.userId()).update();
    }

    @Transactional(readOnly = true)
    public Photo open(UUID meter, Instant readAt, CurrentUser user) {
        OperationsAccess.requireStaffRead(user);
        Instant at = reading(meter, readAt, user);
        var row = jdbc.sql("SELECT storage_key, content_type FROM reading_photos WHERE meter_id = ? AND read_at = ?")
                .params(meter, Timestamp.from(at)).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NoPhoto(at));
        try (InputStream in = storage.open((String) row.get("storage_key")).orElseThrow(() -> new NoPhoto(at))) {
            return new Photo(in.readAllBytes(), (String) row.get("content_type"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reading's instant as stored, once the caller may read the meter and the reading exists. */
    private Instant reading(UUID meter, Instant readAt, CurrentUser user) {
        UUID id = readings.readableMeter(meter.toString(), user);
        Instant at = readAt.truncatedTo(ChronoUnit.MICROS);
        if (readings.find(id, at, at.plusNanos(1000), 0, 1).isEmpty()) {
            throw new NoReading(at);
        }
        return at;
    }

    private static String sniff(byte[] bytes) {
        return ContentTypes.sniff(bytes).filter(PHOTO_TYPES::contains)
                .orElseThrow(() -> new InvalidField("photo", "readings.photo.type"));
    }

    static final class NoReading extends DomainException {
        NoReading(Instant at) {
            super(ErrorKind.NOT_FOUND, "readings.not_found", null, at.toString());
        }
    }

    static final class NoPhoto extends DomainException {
        NoPhoto(Instant at) {
            super(ErrorKind.NOT_FOUND, "readings.photo.none", null, at.toString());
        }
    }
}
