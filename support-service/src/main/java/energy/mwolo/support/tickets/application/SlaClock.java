package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.support.tickets.model.Deadlines;
import energy.mwolo.support.tickets.model.Priority;
import energy.mwolo.support.tickets.model.SlaCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SLA deadlines in working hours of a ticket's agency, on the company calendar (geo's, through the platform's read
 * model): weekends, the country's public holidays and time outside the agency's hours do not count.
 */
@Component
public class SlaClock {

    private static final Logger LOG = LoggerFactory.getLogger(SlaClock.class);

    private final WorkingCalendar calendar;
    private final SupportSettings settings;

    SlaClock(WorkingCalendar calendar, SupportSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * The deadlines of a ticket opened at {@code at}; none when the agency is unknown or its calendar cannot be told
     * yet (a ticket is never refused for it: staff see it without deadline, and the log says why).
     */
    public Deadlines deadlines(UUID agency, Priority priority, Instant at) {
        if (agency == null) {
            return Deadlines.NONE;
        }
        SupportSettings.Target target = settings.sla().target(priority);
        try {
            AgencyCalendar hours = calendar.calendarOf(agency);
            return new Deadlines(hours.addWorkingHours(at, target.firstResponse()),
                    hours.addWorkingHours(at, target.resolution()));
        } catch (DomainException unknown) {
            LOG.warn("No SLA deadline for a ticket of agency {}: {}", agency, unknown.code());
            return Deadlines.NONE;
        }
    }

    /** The agency's working time for a paused clock; a calendar that cannot be told leaves deadlines where they are. */
    public SlaCalendar of(UUID agency) {
        return (due, pausedAt, resumedAt) -> {
            if (agency == null || !due.isAfter(pausedAt)) {
                return due;
            }
            try {
                AgencyCalendar hours = calendar.calendarOf(agency);
                return hours.addWorkingHours(resumedAt, workingTimeBetween(hours, pausedAt, due));
            } catch (DomainException unknown) {
                LOG.warn("SLA deadline of agency {} not moved after a pause: {}", agency, unknown.code());
                return due;
            }
        };
    }

    /**
     * The working time from {@code from} to {@code to}, to the second: the longest duration that
     * {@code addWorkingHours} takes from {@code from} to no later than {@code to} (it is monotonic, so a binary
     * search over at most the elapsed time finds it in about 25 steps).
     */
    static Duration workingTimeBetween(AgencyCalendar hours, Instant from, Instant to) {
        long low = 0;
        long high = Duration.between(from, to).toSeconds();
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            if (hours.addWorkingHours(from, Duration.ofSeconds(middle)).isAfter(to)) {
                high = middle - 1;
            } else {
                low = middle;
            }
        }
        return Duration.ofSeconds(low);
    }
}
