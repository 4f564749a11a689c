package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.HolidayDraft;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A holiday to declare: {@code recurring} with {@code month_day} ({@code MM-DD}), {@code first_year} and
 * optionally {@code last_year}; or {@code extra} with its {@code date}. Fields the kind does not use are ignored.
 * A holiday the country already has on that day in some of those years is refused.
 *
 * @param country   the ISO 3166-1 alpha-2 code of a country of {@code /api/geo/countries/}, e.g. {@code CD}
 *                  (case and surrounding blanks do not matter)
 * @param kind      {@code recurring} (every year of its validity, moved to the Saturday before when it falls on a
 *                  Sunday) or {@code extra} (one day of one year, observed on its date whatever the weekday)
 * @param monthDay  for a recurring holiday, its month and day as {@code MM-DD}, e.g. {@code 06-30}; not
 *                  {@code 02-29}
 * @param date      for an extra day, its date (yyyy-MM-dd)
 * @param firstYear for a recurring holiday, the first year it is observed (1960 to 2199)
 * @param lastYear  for a recurring holiday, the last year it is observed, not before {@code first_year}; null while
 *                  it has no end
 * @param nameFr    its name in French, required, 150 characters at most
 * @param nameEn    its name in English, required, 150 characters at most
 */
record HolidayRequest(
        String country,
        @Pattern(regexp = "recurring|extra", message = "{calendar.validation.kind}") String kind,
        String monthDay,
        LocalDate date,
        Integer firstYear,
        Integer lastYear,
        @Size(max = 150) String nameFr,
        @Size(max = 150) String nameEn) {

    HolidayDraft draft() {
        return new HolidayDraft(country, kind, monthDay, date, firstYear, lastYear, nameFr, nameEn);
    }
}
