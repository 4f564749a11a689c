package energy.mwolo.operations.consumption.model;

import energy.mwolo.operations.kernel.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A calendar month in Africa/Kinshasa: from its first midnight (included) to the next month's (excluded). */
public record BillingPeriod(YearMonth month) {

    public BillingPeriod {
        Objects.requireNonNull(month, "month");
    }

    public static BillingPeriod of(LocalDate anyDay) {
        return new BillingPeriod(YearMonth.from(anyDay));
    }

    /** The period {@code at} falls in. */
    public static BillingPeriod containing(Instant at) {
        return of(BusinessTime.dayOf(at));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public Instant start() {
        return firstDay().atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    public BillingPeriod previous() {
        return new BillingPeriod(month.minusMonths(1));
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
