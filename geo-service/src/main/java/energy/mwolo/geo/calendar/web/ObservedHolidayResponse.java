package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.ObservedHolidayView;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** @param nominalDate the date it was due, for a holiday observed on another day; null otherwise */
record ObservedHolidayResponse(LocalDate date, String name, String nameFr, String nameEn, String kind,
                               LocalDate nominalDate, UUID holiday) {

    static ObservedHolidayResponse from(ObservedHolidayView view, Locale locale) {
        return new ObservedHolidayResponse(view.date(), Names.inLanguage(locale, view.nameFr(), view.nameEn()),
                view.nameFr(), view.nameEn(), view.kind(), view.nominalDate(), view.holiday());
    }
}
