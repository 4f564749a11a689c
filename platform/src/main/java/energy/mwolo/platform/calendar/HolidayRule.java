package energy.mwolo.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * When one public holiday is observed: its date each year of its validity, the ordinance's Sunday rule, and the
 * overrides that government communiqués make for single years.
 *
 * @param lastYear  the last year it is observed, or null while it has no end
 * @param overrides at most one per year, each within the validity; ordered by year
 */
public record HolidayRule(UUID id, Kind kind, MonthDay day, int firstYear, Integer lastYear,
                          List<YearOverride> overrides) {

    public enum Kind {
        /** Every year of its validity; a Sunday occurrence is observed on the Saturday before. */
        RECURRING,
        /** One day of one year, observed on its date whatever the weekday. */
        EXTRA
    }

    public HolidayRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(overrides, "overrides");
        if (lastYear != null && lastYear < firstYear) {
            throw new IllegalArgumentException("Holiday " + id + " ends (" + lastYear + ") before it starts ("
                    + firstYear + ")");
        }
        if (kind == Kind.RECURRING && day.equals(MonthDay.of(2, 29))) {
            throw new IllegalArgumentException("A recurring holiday cannot fall on 29 February");
        }
        if (kind == Kind.EXTRA && (lastYear == null || lastYear != firstYear || !overrides.isEmpty())) {
            throw new IllegalArgumentException("An extra day is one day of one year, without overrides");
        }
        List<YearOverride> sorted = new ArrayList<>(overrides);
        sorted.sort(Comparator.comparingInt(YearOverride::year));
        for (int i = 0; i < sorted.size(); i++) {
            int year = sorted.get(i).year();
            if (year < firstYear || (lastYear != null && year > lastYear)) {
                throw new IllegalArgumentException("Holiday " + id + " is not observed in " + year);
            }
            if (i > 0 && sorted.get(i - 1).year() == year) {
                throw new IllegalArgumentException("Holiday " + id + " has two overrides for " + year);
            }
        }
        overrides = List.copyOf(sorted);
    }

    public static HolidayRule recurring(UUID id, MonthDay day, int firstYear, Integer lastYear) {
        return new HolidayRule(id, Kind.RECURRING, day, firstYear, lastYear, List.of());
    }

    public static HolidayRule extra(UUID id, LocalDate date) {
        return new HolidayRule(id, Kind.EXTRA, MonthDay.from(date), date.getYear(), date.getYear(), List.of());
    }

    /** This rule with {@code override} in place of any earlier override of the same year. */
    public HolidayRule withOverride(YearOverride override) {
        List<YearOverride> changed = new ArrayList<>(withoutOverride(override.year()).overrides);
        changed.add(override);
        return new HolidayRule(id, kind, day, firstYear, lastYear, changed);
    }

    public HolidayRule withoutOverride(int year) {
        return new HolidayRule(id, kind, day, firstYear, lastYear,
                overrides.stream().filter(o -> o.year() != year).toList());
    }

    public Optional<YearOverride> overrideOf(int year) {
        return overrides.stream().filter(o -> o.year() == year).findFirst();
    }

    public boolean validIn(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }

    /** The day observed for the occurrence of {@code year}, if it is observed at all. */
    public Optional<Observance> observanceOf(int year) {
        if (!validIn(year)) {
            return Optional.empty();
        }
        LocalDate nominal = day.atYear(year);
        Optional<YearOverride> override = overrideOf(year);
        if (override.isPresent()) {
            return override.filter(YearOverride::observed)
                    .map(o -> new Observance(id, kind, o.observedOn(), nominal, Observance.Reason.OVERRIDE));
        }
        if (kind == Kind.RECURRING && nominal.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(new Observance(id, kind, nominal.minusDays(1), nominal, Observance.Reason.SUNDAY_RULE));
        }
        return Optional.of(new Observance(id, kind, nominal, nominal, Observance.Reason.AS_DECLARED));
    }
}
