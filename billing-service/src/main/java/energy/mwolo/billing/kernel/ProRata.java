package energy.mwolo.billing.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The share of a billed month a contract was in force: its days in the period over the period's days (a contract
 * from 17 March to 31 March has 15/31 of March). Monthly amounts are multiplied by the days and divided by the
 * period's days in one step and rounded once, half up, so 15/31 of 10.00 is 4.84 whatever the order of operations.
 */
public record ProRata(int days, int periodDays) {

    public ProRata {
        if (periodDays < 28 || periodDays > 31 || days < 0 || days > periodDays) {
            throw new IllegalArgumentException(days + "/" + periodDays + " is not a share of a month");
        }
    }

    /** The share of {@code period} between {@code start} and {@code end} (both included; no end: open-ended). */
    public static ProRata of(BillingPeriod period, LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        LocalDate from = start.isAfter(period.firstDay()) ? start : period.firstDay();
        LocalDate to = end == null || end.isAfter(period.lastDay()) ? period.lastDay() : end;
        long days = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        return new ProRata((int) days, period.days());
    }

    public static ProRata whole(BillingPeriod period) {
        return new ProRata(period.days(), period.days());
    }

    public boolean isWhole() {
        return days == periodDays;
    }

    public boolean isNone() {
        return days == 0;
    }

    /** A monthly amount for this share, rounded once. */
    public Money of(Money monthly) {
        if (isWhole()) {
            return monthly;
        }
        return new Money(share(monthly.amount(), monthly.currency().scale()), monthly.currency());
    }

    /** A monthly quantity (a block's kWh bound) for this share, to {@code scale} decimals, half up. */
    public BigDecimal of(BigDecimal monthly, int scale) {
        if (isWhole()) {
            return monthly;
        }
        return share(monthly, scale);
    }

    /** Exact product, one division rounded half up at the wanted scale: a single rounding. */
    private BigDecimal share(BigDecimal monthly, int scale) {
        return monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(periodDays), scale, Money.ROUNDING);
    }

    @Override
    public String toString() {
        return days + "/" + periodDays;
    }
}
