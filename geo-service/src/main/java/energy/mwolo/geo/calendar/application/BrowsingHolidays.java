package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.CountryCode;
import energy.mwolo.geo.calendar.model.HolidayId;
import energy.mwolo.geo.calendar.model.HolidayNotFound;
import energy.mwolo.geo.calendar.model.InvalidCalendarField;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.PublicHolidays;
import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.HolidayRules;
import energy.mwolo.platform.calendar.Observance;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shows public holidays to anyone: the days off of a year, and the declarations behind them. */
@Service
public class BrowsingHolidays {

    private final PublicHolidays holidays;
    private final CountryCodes countries;

    BrowsingHolidays(PublicHolidays holidays, CountryCodes countries) {
        this.holidays = holidays;
        this.countries = countries;
    }

    /** The days off observed in {@code year}, by date, computed exactly as every working-time answer is. */
    @Transactional(readOnly = true)
    public List<ObservedHolidayView> observedIn(String country, int year) {
        Map<UUID, PublicHoliday> byId = holidays.observedBy(known(country)).stream()
                .collect(Collectors.toMap(h -> h.id().value(), Function.identity()));
        HolidayRules rules = HolidayRules.of(byId.values().stream().map(PublicHoliday::rule).toList());
        return rules.observedIn(year).stream().map(o -> view(o, byId.get(o.holidayId()))).toList();
    }

    @Transactional(readOnly = true)
    public List<HolidayView> declaredBy(String country, Boolean cancelled) {
        return holidays.declaredBy(known(country)).stream()
                .filter(h -> cancelled == null || h.isCancelled() == cancelled)
                .map(HolidayView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public HolidayView show(HolidayId id) {
        return holidays.byId(id).map(HolidayView::of).orElseThrow(() -> new HolidayNotFound(id));
    }

    private CountryCode known(String country) {
        CountryCode code = CountryCode.of(country);
        if (!countries.exists(code)) {
            throw InvalidCalendarField.unknownCountry(code);
        }
        return code;
    }

    private static ObservedHolidayView view(Observance observance, PublicHoliday holiday) {
        String kind = observance.kind() == HolidayRule.Kind.EXTRA ? "extra"
                : observance.reason() == Observance.Reason.OVERRIDE ? "override" : "recurring";
        return new ObservedHolidayView(observance.date(), observance.holidayId(), holiday.names().french(),
                holiday.names().english(), kind, observance.moved() ? observance.nominalDate() : null);
    }
}
