package energy.mwolo.billing.rates.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The daily USD/CDF rates, one per day. */
public interface ExchangeRates {

    /**
     * How old a rate may be and still hold: the bank publishes no rate at weekends (a Friday rate holds until Monday)
     * nor on holidays.
     */
    int MAX_AGE_DAYS = 3;

    /** The latest rate of a day in {@code [from, to]}. */
    Optional<ExchangeRate> latestBetween(LocalDate from, LocalDate to);

    /** Stores the day's rate; {@link DuplicateExchangeRate} when the day has one already. */
    void add(ExchangeRate rate);

    long count(LocalDate from, LocalDate to);

    /** Newest first. */
    List<ExchangeRate> find(LocalDate from, LocalDate to, long offset, int limit);

    /** The rate of the day, else the last one known within {@link #MAX_AGE_DAYS}; else 409 {@link ExchangeRateMissing}. */
    default ExchangeRate effectiveOn(LocalDate day) {
        return latestBetween(day.minusDays(MAX_AGE_DAYS), day).orElseThrow(() -> new ExchangeRateMissing(day));
    }
}
