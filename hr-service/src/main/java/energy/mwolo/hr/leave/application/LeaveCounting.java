package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.leave.model.HalfDayNotWorking;
import energy.mwolo.hr.leave.model.LeavePeriod;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.DayPart;
import energy.mwolo.platform.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Counts a leave's working days on its employee's agency calendar (geo's, from the read model): weekends and the
 * country's public holidays are not counted, a half day counts 0.5, and a half day asked on a day the agency does
 * not work is refused rather than silently worth nothing.
 */
@Component
class LeaveCounting {

    private final WorkingCalendar calendar;

    LeaveCounting(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    BigDecimal workingDays(UUID agency, LeavePeriod period) {
        AgencyCalendar agencyCalendar = calendar.calendarOf(agency);
        if (period.startsAtMidday() && !agencyCalendar.isWorkingDay(period.start())) {
            throw new HalfDayNotWorking("start_half_day", period.start());
        }
        if (period.endsAtMidday() && !agencyCalendar.isWorkingDay(period.end())) {
            throw new HalfDayNotWorking("end_half_day", period.end());
        }
        return agencyCalendar.workingDaysBetween(period.start(),
                period.startsAtMidday() ? DayPart.AFTERNOON : DayPart.MORNING, period.end(),
                period.endsAtMidday() ? DayPart.MORNING : DayPart.AFTERNOON);
    }
}
