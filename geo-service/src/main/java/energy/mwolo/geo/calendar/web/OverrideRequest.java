package energy.mwolo.geo.calendar.web;

import java.time.LocalDate;

/**
 * What a communiqué decided for one year: {@code {"observed_on": "2026-01-05"}} (observed on that day instead),
 * or {@code {"observed": false}} (not a holiday that year).
 */
record OverrideRequest(Boolean observed, LocalDate observedOn) {
}
