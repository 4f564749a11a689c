package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.ObservedHolidayView;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A day off of a year: one occurrence of a public holiday, on the day it is actually observed. The list is ordered
 * by date; an occurrence belongs to the year it is observed in (1 January moved to 31 December of the year before
 * counts in that year).
 *
 * @param date        the day off (yyyy-MM-dd)
 * @param name        the holiday's name in the request's language: English when Accept-Language asks for it,
 *                    French otherwise
 * @param nameFr      the holiday's name in French
 * @param nameEn      the holiday's name in English
 * @param kind        {@code recurring} (by the ordinance, moved off a Sunday or not), {@code override} (where a
 *                    government communiqué put it that year) or {@code extra} (a one-off day)
 * @param nominalDate the date it was due, for a holiday observed on another day; null otherwise
 * @param holiday     the declared holiday it comes from ({@code /api/geo/holidays/declared/{id}/})
 */
record ObservedHolidayResponse(LocalDate date, String name, String nameFr, String nameEn, String kind,
                               LocalDate nominalDate, UUID holiday) {

    static ObservedHolidayResponse from(ObservedHolidayView view, Locale locale) {
        return new ObservedHolidayResponse(view.date(), Names.inLanguage(locale, view.nameFr(), view.nameEn()),
                view.nameFr(), view.nameEn(), view.kind(), view.nominalDate(), view.holiday());
    }
}
