package energy.mwolo.geo.calendar.web;

import java.time.LocalDate;
import java.util.UUID;

/** @param workingDays the agency's working days from {@code from} to {@code to}, both included */
record WorkingDaysResponse(UUID agency, LocalDate from, LocalDate to, int workingDays) {
}
