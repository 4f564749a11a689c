package energy.mwolo.contracts.geo;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The weekly working hours of one agency, or of the company default that every agency without its own follows:
 * the whole schedule, replacing any earlier one of the same agency (or of the default).
 * Nullable: agencyId (absent for the company default).
 */
@ContractPayload
public record WorkingHoursChanged(UUID agencyId, String zone, List<Interval> intervals, Instant occurredAt) {

    public static final EventContract<WorkingHoursChanged> CONTRACT =
            new EventContract<>("geo", "calendar", "WorkingHoursChanged", 1, WorkingHoursChanged.class);

    /** The Kafka key and {@code ce_subject} of the company default's events, which have no agency. */
    public static final String DEFAULT_KEY = "default";

    public WorkingHoursChanged {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(intervals, "intervals");
        Objects.requireNonNull(occurredAt, "occurredAt");
        intervals = List.copyOf(intervals);
    }

    /**
     * One working interval of a weekday, local time of the zone, start included and end excluded.
     *
     * @param day {@code monday} to {@code sunday}
     */
    @ContractPayload
    public record Interval(String day,
                           @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime start,
                           @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime end) {

        private static final Set<String> DAYS =
                Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

        public Interval {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!DAYS.contains(day)) {
                throw new IllegalArgumentException("day must be a weekday name in lower case, was " + day);
            }
        }
    }
}
