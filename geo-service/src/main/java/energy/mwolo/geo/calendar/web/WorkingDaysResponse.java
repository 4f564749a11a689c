package energy.mwolo.geo.calendar.web;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How many working days an agency has over a period: days its weekly hours (its own, or else the company default)
 * give some working time, less the public holidays of its country. The period is at most ten years (3660 days).
 *
 * @param agency      the agency counted ({@code /api/agencies/{id}/})
 * @param from        the first day of the period (yyyy-MM-dd), as asked
 * @param to          the last day of the period (yyyy-MM-dd), as asked; not before {@code from}
 * @param workingDays the agency's working days from {@code from} to {@code to}, both included
 */
record WorkingDaysResponse(UUID agency, LocalDate from, LocalDate to, int workingDays) {
}
