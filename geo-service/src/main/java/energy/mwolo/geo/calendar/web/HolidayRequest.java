package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.HolidayDraft;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A holiday to declare: {@code recurring} with {@code month_day} ({@code MM-DD}), {@code first_year} and
 * optionally {@code last_year}; or {@code extra} with its {@code date}.
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
