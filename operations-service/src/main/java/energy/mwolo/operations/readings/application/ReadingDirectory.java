package energy.mwolo.operations.readings.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored readings, read back for people: newest first. */
public interface ReadingDirectory {

    Optional<UUID> meterByNumber(String number);

    /** @param from included, or null; @param to excluded, or null */
    long count(UUID meter, Instant from, Instant to);

    List<ReadingView> find(UUID meter, Instant from, Instant to, long offset, int limit);
}
