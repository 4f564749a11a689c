package energy.mwolo.geo.calendar.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A day off of a year, as the public list shows it.
 *
 * @param kind        {@code recurring} (by the ordinance, moved off a Sunday or not), {@code override} (where a
 *                    communiqué put it) or {@code extra} (a one-off day)
 * @param nominalDate the date it was due, when it is observed on another day; null otherwise
 */
public record ObservedHolidayView(LocalDate date, UUID holiday, String nameFr, String nameEn, String kind,
                                  LocalDate nominalDate) {
}
