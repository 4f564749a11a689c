package energy.mwolo.operations.readings.application;

import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.meters.application.BrowsingMeters;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meter's readings with their flags, newest first, to whoever may read the meter (a customer its own meters
 * only: another's is a 404, as the meter itself).
 */
@Service
public class BrowsingReadings {

    private final ReadingDirectory directory;
    private final BrowsingMeters meters;

    BrowsingReadings(ReadingDirectory directory, BrowsingMeters meters) {
        this.directory = directory;
        this.meters = meters;
    }

    /** The meter's id, from its id or its number, once the caller may read it. */
    @Transactional(readOnly = true)
    public UUID readableMeter(String idOrNumber, CurrentUser user) {
        UUID id;
        try {
            id = UUID.fromString(idOrNumber);
        } catch (IllegalArgumentException notAnId) {
            id = directory.meterByNumber(idOrNumber.strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new NoMeterNumbered(idOrNumber));
        }
        return meters.show(id, user).meter().id();
    }

    @Transactional(readOnly = true)
    public long count(UUID meter, Instant from, Instant to) {
        requireOrder(from, to);
        return directory.count(meter, from, to);
    }

    @Transactional(readOnly = true)
    public List<ReadingView> find(UUID meter, Instant from, Instant to, long offset, int limit) {
        requireOrder(from, to);
        return directory.find(meter, from, to, offset, limit);
    }

    static final class NoMeterNumbered extends DomainException {
        NoMeterNumbered(String number) {
            super(ErrorKind.NOT_FOUND, "readings.meter.not_found", null, number);
        }
    }

    private static void requireOrder(Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidField("to", "readings.range.invalid", from);
        }
    }
}
