package energy.mwolo.operations.readings.application;

import energy.mwolo.operations.readings.model.ReadingFlag;
import energy.mwolo.operations.readings.model.RegisterAt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where readings and what validation needs of each meter are kept; built for batches. */
public interface ReadingStore {

    /** The known meters among these numbers, by number. */
    Map<String, MeterState> meters(Collection<String> numbers);

    /** The latest reading usable for consumption at or before {@code at}. */
    Optional<RegisterAt> usableAtOrBefore(UUID meter, Instant at);

    /** The earliest reading usable for consumption after {@code at}. */
    Optional<RegisterAt> usableAfter(UUID meter, Instant at);

    /**
     * For each meter, the readings {@link #usableAtOrBefore} and {@link #usableAfter} give at each of the instants,
     * each reading once, in one statement: for jobs that need them for many meters.
     *
     * @return by meter (absent when it has none), in no particular order
     */
    Map<UUID, List<RegisterAt>> usableAround(Collection<UUID> meters, Collection<Instant> instants);

    /**
     * Stores the readings, each unless one of its meter at its instant is stored already.
     *
     * @return per reading, whether it was stored
     */
    boolean[] insert(List<NewReading> readings);

    /** Moves each meter's last reading forward (never back) and its last contact. */
    void progress(Collection<MeterProgress> meters);

    void saveTypicalDaily(Map<UUID, BigDecimal> typicalDailyKwh, Instant now);

    /** Keeps readings of unknown meters; a message parked already is not parked twice. */
    int park(List<IncomingReading> readings, Instant now);

    /** The payloads of parked readings whose meter is registered now, oldest first. */
    List<String> parkedOfKnownMeters(int limit);

    void unpark(Collection<UUID> messageIds);

    /** Asks for the consumption of these meters' periods (first day of the month) to be computed again. */
    void recompute(Collection<PeriodMark> marks);

    /** What validation needs of a meter, as stored. Nullable: last, typicalDailyKwh. */
    record MeterState(UUID id, String number, RegisterAt last, String relayState, BigDecimal typicalDailyKwh,
                      List<RegisterAt> linkOpenings) {
    }

    /** A reading to store. Nullable: exportKwh, voltageV, powerKw, relayState, consumptionKwh. */
    record NewReading(UUID meterId, Instant readAt, UUID messageId, BigDecimal registerKwh, BigDecimal exportKwh,
                      BigDecimal voltageV, BigDecimal powerKw, String relayState, List<String> alarms,
                      Set<ReadingFlag> flags, BigDecimal consumptionKwh, String source, Instant receivedAt) {
    }

    /** Nullable: lastReading (when it did not move). */
    record MeterProgress(UUID meterId, RegisterAt lastReading, Instant seenAt) {
    }

    record PeriodMark(UUID meterId, LocalDate periodStart) {
    }
}
