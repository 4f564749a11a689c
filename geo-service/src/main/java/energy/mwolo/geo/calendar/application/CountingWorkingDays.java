package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.agencies.application.BrowsingAgencies;
import energy.mwolo.geo.calendar.model.InvalidCalendarField;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts an agency's working days over a period, for whoever may see the agency (leave forms, planning). */
@Service
public class CountingWorkingDays {

    /** Ten years: any leave or plan, while a request cannot make the service count for ever. */
    static final int MAX_DAYS = 3660;

    private final GeoWorkingCalendar calendar;
    private final BrowsingAgencies agencies;

    CountingWorkingDays(GeoWorkingCalendar calendar, BrowsingAgencies agencies) {
        this.calendar = calendar;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public int between(UUID agency, LocalDate from, LocalDate to, CurrentUser user) {
        agencies.show(agency, user);
        if (to.isBefore(from)) {
            throw InvalidCalendarField.periodReversed(from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidCalendarField.periodTooLong(MAX_DAYS);
        }
        return calendar.workingDaysBetween(agency, from, to);
    }
}
