package energy.mwolo.operations.disconnections.model;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a cut may happen at an agency: within its working hours and before the cut-off hour of the business day, so
 * that a customer cut can still pay and be reconnected while the agency is open.
 */
public final class CutWindow {

    private final WorkingTime workingTime;
    private final LocalTime cutOff;
    private final ZoneId zone;

    public CutWindow(WorkingTime workingTime, LocalTime cutOff, ZoneId zone) {
        this.workingTime = Objects.requireNonNull(workingTime, "workingTime");
        this.cutOff = Objects.requireNonNull(cutOff, "cutOff");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public boolean isOpen(Instant instant) {
        return workingTime.isWorkingTime(instant) && instant.atZone(zone).toLocalTime().isBefore(cutOff);
    }

    /** The instant itself when the window is open, else the next opening. */
    public Instant nextOpening(Instant instant) {
        Instant candidate = instant;
        // Each turn moves to a later day or a later working interval: a calendar with no working time at all ends
        // the search after a year instead of looping.
        Instant giveUp = instant.plusSeconds(366L * 24 * 3600);
        while (candidate.isBefore(giveUp)) {
            candidate = workingTime.nextWorkingTime(candidate);
            if (isOpen(candidate)) {
                return candidate;
            }
            ZonedDateTime local = candidate.atZone(zone);
            candidate = local.toLocalTime().isBefore(cutOff)
                    ? candidate.plusSeconds(60)
                    : local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        }
        throw new IllegalStateException("no cut window within a year of " + instant);
    }
}
