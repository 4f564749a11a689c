package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.HolidayView;
import energy.mwolo.platform.calendar.YearOverride;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A declared public holiday of a country, with the decisions taken for particular years. The days it gives off in a
 * year are listed by {@code GET /api/geo/holidays/?country=&year=}.
 *
 * @param id          the holiday's id
 * @param country     the ISO 3166-1 alpha-2 code of its country, e.g. {@code CD}
 * @param kind        {@code recurring} (every year of its validity, moved to the Saturday before when it falls on a
 *                    Sunday) or {@code extra} (one day of one year)
 * @param monthDay    the month and day it falls on, {@code MM-DD}; for an extra day, those of its date
 * @param date        the date of an extra day (yyyy-MM-dd); null for a recurring holiday
 * @param firstYear   the first year it is observed; for an extra day, the year of its date
 * @param lastYear    the last year it is observed, null while it has no end; for an extra day, the year of its date
 * @param name        its name in the request's language: English when Accept-Language asks for it, French otherwise
 * @param nameFr      its name in French
 * @param nameEn      its name in English
 * @param isCancelled true once the holiday is cancelled: it is then observed in no year and can no longer change
 * @param overrides   what government communiqués decided for particular years, by year; always empty for an extra
 *                    day
 */
record HolidayResponse(UUID id, String country, String kind, String monthDay, LocalDate date, int firstYear,
                       Integer lastYear, String name, String nameFr, String nameEn, boolean isCancelled,
                       List<OverrideResponse> overrides) {

    /**
     * What was decided for one year of a recurring holiday, in place of the ordinance's rule.
     *
     * @param year       the year of the occurrence concerned (the year of its nominal date)
     * @param observed   false when the holiday is not observed that year at all
     * @param observedOn the day it is observed instead (yyyy-MM-dd); null when it is not observed that year
     */
    record OverrideResponse(int year, boolean observed, LocalDate observedOn) {

        static OverrideResponse from(YearOverride override) {
            return new OverrideResponse(override.year(), override.observed(), override.observedOn());
        }
    }

    static HolidayResponse from(HolidayView view, Locale locale) {
        return new HolidayResponse(view.id(), view.country(), view.kind(),
                String.format(Locale.ROOT, "%02d-%02d", view.monthDay().getMonthValue(),
                        view.monthDay().getDayOfMonth()),
                view.date(), view.firstYear(), view.lastYear(), Names.inLanguage(locale, view.nameFr(), view.nameEn()),
                view.nameFr(), view.nameEn(), view.cancelled(),
                view.overrides().stream().map(OverrideResponse::from).toList());
    }
}
