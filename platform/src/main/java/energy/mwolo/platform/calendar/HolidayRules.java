package energy.mwolo.platform.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public holidays of one country as rules, which answer for any year: no horizon to extend, no list of
 * dates to keep up to date. Immutable; equal when the rules are, whatever their order.
 */
public final class HolidayRules implements Holidays {

    private static final Comparator<Observance> BY_DATE =
            Comparator.comparing(Observance::date).thenComparing(Observance::nominalDate)
                    .thenComparing(Observance::holidayId);

    private final Map<UUID, HolidayRule> rules;
    private final Map<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

    private HolidayRules(Map<UUID, HolidayRule> rules) {
        this.rules = rules;
    }

    /** @throws IllegalArgumentException when two rules have the same id */
    public static HolidayRules of(Collection<HolidayRule> rules) {
        Map<UUID, HolidayRule> byId = rules.stream().collect(Collectors.toUnmodifiableMap(HolidayRule::id,
                Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("Two holiday rules have id " + a.id());
                }));
        return new HolidayRules(byId);
    }

    public Collection<HolidayRule> rules() {
        return rules.values();
    }

    /**
     * Every day off observed within {@code year}, by date. An occurrence belongs to the year it is observed in:
     * New Year's Day 2034, a Sunday, is observed on 31 December 2033.
     */
    public List<Observance> observedIn(int year) {
        return rules.values().stream()
                .flatMap(rule -> candidateYears(rule, year).stream().map(rule::observanceOf))
                .flatMap(Optional::stream)
                .filter(observance -> observance.date().getYear() == year)
                .sorted(BY_DATE)
                .toList();
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return datesByYear.computeIfAbsent(date.getYear(), year -> observedIn(year).stream()
                .map(Observance::date).collect(Collectors.toUnmodifiableSet())).contains(date);
    }

    /**
     * The occurrences that may be observed in {@code year}: the Sunday rule moves a date back by one day at most
     * (from the next year's 1 January), and an override may move it anywhere.
     */
    private static Set<Integer> candidateYears(HolidayRule rule, int year) {
        Set<Integer> years = new LinkedHashSet<>(List.of(year, year + 1));
        for (YearOverride override : rule.overrides()) {
            if (override.observed() && override.observedOn().getYear() == year) {
                years.add(override.year());
            }
        }
        return years;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HolidayRules that && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayRules" + rules.values();
    }
}
