package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.HolidayView;
import energy.mwolo.platform.calendar.YearOverride;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

record HolidayResponse(UUID id, String country, String kind, String monthDay, LocalDate date, int firstYear,
                       Integer lastYear, String name, String nameFr, String nameEn, boolean isCancelled,
                       List<OverrideResponse> overrides) {

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
