package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.YearOverride;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A public holiday of one country: recurring (a date every year of its validity, the ordinance's Sunday rule, and
 * per-year overrides from government communiqués) or extra (one day of one year). A repealed or new holiday is
 * data: a validity, never a code change. A cancelled holiday is kept, observed in no year, and changes no more.
 */
public final class PublicHoliday {

    private final CountryCode country;
    private final HolidayNames names;
    private HolidayRule rule;
    private boolean cancelled;
    private final List<HolidayEvent> events = new ArrayList<>();

    private PublicHoliday(CountryCode country, HolidayNames names, HolidayRule rule, boolean cancelled) {
        this.country = Objects.requireNonNull(country, "country");
        this.names = Objects.requireNonNull(names, "names");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.cancelled = cancelled;
    }

    /** @param lastYear the last year it is observed, or null while it has no end */
    public static PublicHoliday declareRecurring(CountryCode country, HolidayNames names, MonthDay day,
                                                 int firstYear, Integer lastYear, Instant now) {
        if (day.equals(MonthDay.of(2, 29))) {
            throw InvalidCalendarField.leapDay("month_day");
        }
        checkYear(firstYear, "first_year");
        if (lastYear != null) {
            checkYear(lastYear, "last_year");
            if (lastYear < firstYear) {
                throw InvalidCalendarField.yearsReversed(firstYear);
            }
        }
        return declared(country, names, HolidayRule.recurring(HolidayId.newId().value(), day, firstYear, lastYear),
                now);
    }

    public static PublicHoliday declareExtra(CountryCode country, HolidayNames names, LocalDate date, Instant now) {
        checkYear(date.getYear(), "date");
        return declared(country, names, HolidayRule.extra(HolidayId.newId().value(), date), now);
    }

    /** Rebuilds a holiday from storage; records no event. */
    public static PublicHoliday restore(CountryCode country, HolidayNames names, HolidayRule rule,
                                        boolean cancelled) {
        return new PublicHoliday(country, names, rule, cancelled);
    }

    private static PublicHoliday declared(CountryCode country, HolidayNames names, HolidayRule rule, Instant now) {
        PublicHoliday holiday = new PublicHoliday(country, names, rule, false);
        holiday.events.add(new HolidayEvent.Declared(now));
        return holiday;
    }

    /**
     * The occurrence of {@code year} is observed on {@code date}: another day, or its own Sunday when the
     * government keeps it there. Replaces any earlier override of that year.
     */
    public void observeOn(int year, LocalDate date, Instant now) {
        checkOverridable(year);
        if (Math.abs(date.getYear() - year) > 1) {
            throw InvalidCalendarField.observedTooFar(year);
        }
        override(YearOverride.observedOn(year, date), now);
    }

    /** The occurrence of {@code year} is not observed. Replaces any earlier override of that year. */
    public void skip(int year, Instant now) {
        checkOverridable(year);
        override(YearOverride.notObserved(year), now);
    }

    /** The ordinance's rule applies again to {@code year}. */
    public void withdrawOverride(int year, Instant now) {
        if (cancelled) {
            throw new HolidayIsCancelled(names.french());
        }
        if (rule.overrideOf(year).isEmpty()) {
            throw new OverrideNotFound(names.french(), year);
        }
        rule = rule.withoutOverride(year);
        events.add(new HolidayEvent.Declared(now));
    }

    /** Cancelling a cancelled holiday changes nothing and records nothing. */
    public void cancel(Instant now) {
        if (cancelled) {
            return;
        }
        cancelled = true;
        events.add(new HolidayEvent.Cancelled(now));
    }

    /** Whether both fall on the same day in some year: a second declaration of one holiday, which is refused. */
    public boolean coincidesWith(PublicHoliday other) {
        HolidayRule theirs = other.rule;
        return !other.cancelled && !cancelled && rule.kind() == theirs.kind() && rule.day().equals(theirs.day())
                && rule.firstYear() <= lastYearOf(theirs) && theirs.firstYear() <= lastYearOf(rule);
    }

    private static int lastYearOf(HolidayRule rule) {
        return rule.lastYear() == null ? Integer.MAX_VALUE : rule.lastYear();
    }

    /** Hands over the events recorded since the last call, oldest first, and forgets them. */
    public List<HolidayEvent> pullEvents() {
        List<HolidayEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void checkOverridable(int year) {
        if (cancelled) {
            throw new HolidayIsCancelled(names.french());
        }
        if (rule.kind() == HolidayRule.Kind.EXTRA) {
            throw new ExtraDayHasNoOverrides(names.french());
        }
        checkYear(year, "year");
        if (!rule.validIn(year)) {
            throw InvalidCalendarField.yearOutsideValidity(year, names.french());
        }
    }

    private void override(YearOverride override, Instant now) {
        if (rule.overrideOf(override.year()).filter(override::equals).isPresent()) {
            return;
        }
        rule = rule.withOverride(override);
        events.add(new HolidayEvent.Declared(now));
    }

    private static void checkYear(int year, String field) {
        if (year < InvalidCalendarField.FIRST_YEAR || year > InvalidCalendarField.LAST_YEAR) {
            throw InvalidCalendarField.yearOutOfRange(field);
        }
    }

    public HolidayId id() {
        return new HolidayId(rule.id());
    }

    public CountryCode country() {
        return country;
    }

    public HolidayNames names() {
        return names;
    }

    /** When the holiday is observed; a cancelled holiday's rule is kept for the record but observed in no year. */
    public HolidayRule rule() {
        return rule;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
