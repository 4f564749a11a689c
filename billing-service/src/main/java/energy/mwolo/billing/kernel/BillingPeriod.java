package energy.mwolo.billing.kernel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A calendar month that is billed, written {@code YYYY-MM} ({@code 2026-03}); business days of Kinshasa. */
public record BillingPeriod(YearMonth month) implements Comparable<BillingPeriod> {

    private static final Pattern TEXT = Pattern.compile("\\d{4}-\\d{2}");

    public BillingPeriod {
        Objects.requireNonNull(month, "month");
    }

    public static BillingPeriod of(int year, int month) {
        return new BillingPeriod(YearMonth.of(year, month));
    }

    /** Parses {@code YYYY-MM}; anything else is a 400 on {@code field}. */
    public static BillingPeriod parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "billing.validation.required");
        }
        if (!TEXT.matcher(text.strip()).matches()) {
            throw new InvalidField(field, "billing.period.invalid", text);
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2999) {
                throw new InvalidField(field, "billing.period.invalid", text);
            }
            return new BillingPeriod(month);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "billing.period.invalid", text);
        }
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public int days() {
        return month.lengthOfMonth();
    }

    public BillingPeriod previous() {
        return new BillingPeriod(month.minusMonths(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    @Override
    public int compareTo(BillingPeriod other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
