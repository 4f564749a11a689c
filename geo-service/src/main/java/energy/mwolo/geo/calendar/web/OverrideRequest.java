package energy.mwolo.geo.calendar.web;

import java.time.LocalDate;

/**
 * What a communiqué decided for one year: {@code {"observed_on": "2026-01-05"}} (observed on that day instead),
 * or {@code {"observed": false}} (not a holiday that year). It replaces any earlier decision for that year (the
 * {@code year} of the path, within the holiday's years); extra days and cancelled holidays take none.
 *
 * @param observed   false: the holiday is not observed that year, and {@code observed_on} must be absent; absent or
 *                   true: it is observed on {@code observed_on}
 * @param observedOn the day it is observed instead (yyyy-MM-dd), in the year decided, the year before or the year
 *                   after; required unless {@code observed} is false
 */
record OverrideRequest(Boolean observed, LocalDate observedOn) {
}
