package energy.mwolo.platform.readmodels.calendar;

import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link WorkingCalendar} over the read model, answering from memory: the stored calendar is loaded once into a
 * {@link CalendarSnapshot} and kept until it changes.
 * <ul>
 *   <li>In this instance, the consumer's commit of a change drops the snapshot: the next question sees it.</li>
 *   <li>Another replica's consumer may have applied a change: at most once per {@code refresh} the stored
 *       version (one row) is compared with the snapshot's, and the calendar reloaded only when it differs.</li>
 *   <li>An agency the snapshot does not know (or whose country it does not) may have arrived since: the version
 *       is compared at once before answering {@link CalendarNotKnown}.</li>
 *   <li>If the database does not answer a version check, the last snapshot keeps answering until it does.</li>
 * </ul>
 */
final class CachedWorkingCalendar implements WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(CachedWorkingCalendar.class);

    private final LongSupplier storedVersion;
    private final Supplier<CalendarSnapshot> load;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    /** Counts invalidations, so that a load begun before one is not kept as current after it. */
    private final AtomicLong invalidations = new AtomicLong();
    private final Object loading = new Object();
    private final AtomicLong loads = new AtomicLong();

    private volatile CalendarSnapshot current;
    private volatile long checkedAt;

    CachedWorkingCalendar(LongSupplier storedVersion, Supplier<CalendarSnapshot> load, Duration refresh,
            LongSupplier nanoTime) {
        if (refresh.isNegative()) {
            throw new IllegalArgumentException("The calendar's refresh cannot be negative: " + refresh);
        }
        this.storedVersion = storedVersion;
        this.load = load;
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The agency's own hours, else the company default, with the holidays of its country; closed agencies too.
     *
     * @throws CalendarNotKnown when this service has not heard of the agency (404), of its country (503) or of
     *                          any hours for it (503)
     */
    @Override
    public AgencyCalendar calendarOf(UUID agencyId) {
        CalendarSnapshot snapshot = fresh();
        try {
            return snapshot.calendarOf(agencyId);
        } catch (CalendarNotKnown notKnown) {
            CalendarSnapshot newer = reloadIfChanged(snapshot, true);
            if (newer == snapshot) {
                throw notKnown;
            }
            return newer.calendarOf(agencyId);
        }
    }

    /** Drops the snapshot once the current transaction commits (at once without one): a change was applied. */
    void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    void invalidate() {
        invalidations.incrementAndGet();
        current = null;
    }

    /** How many times the calendar was loaded from the database. */
    long loads() {
        return loads.get();
    }

    private CalendarSnapshot fresh() {
        CalendarSnapshot snapshot = current;
        if (snapshot == null) {
            return reload(null);
        }
        if (nanoTime.getAsLong() - checkedAt >= refreshNanos) {
            return reloadIfChanged(snapshot, false);
        }
        return snapshot;
    }

    /** @param always compare even if another thread just did (the caller's agency is missing from it) */
    private CalendarSnapshot reloadIfChanged(CalendarSnapshot seen, boolean always) {
        synchronized (loading) {
            CalendarSnapshot snapshot = current;
            if (snapshot == null) {
                return reload(seen);
            }
            if (snapshot != seen || !always && nanoTime.getAsLong() - checkedAt < refreshNanos) {
                // another thread replaced or checked the snapshot while this one waited
                return snapshot;
            }
            long version;
            try {
                version = storedVersion.getAsLong();
            } catch (DataAccessException unreachable) {
                log.warn("Cannot check the calendar's version, answering from the one loaded: {}",
                        unreachable.getMessage());
                checkedAt = nanoTime.getAsLong();
                return snapshot;
            }
            checkedAt = nanoTime.getAsLong();
            return version == snapshot.version() ? snapshot : reload(snapshot);
        }
    }

    private CalendarSnapshot reload(CalendarSnapshot replaced) {
        synchronized (loading) {
            CalendarSnapshot snapshot = current;
            if (snapshot != null && snapshot != replaced) {
                return snapshot;
            }
            long generation = invalidations.get();
            long startedAt = nanoTime.getAsLong();
            CalendarSnapshot loaded = load.get();
            loads.incrementAndGet();
            if (invalidations.get() == generation) {
                current = loaded;
                checkedAt = startedAt;
            }
            return loaded;
        }
    }
}
