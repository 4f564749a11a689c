package energy.mwolo.billing.rates.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Test
    void aRateHasAtMostFourDecimals() {
        assertThat(ExchangeRate.entered(MONDAY, new BigDecimal("2750.1234")).cdfPerUsd())
                .isEqualTo(new BigDecimal("2750.1234"));
        assertThatThrownBy(() -> ExchangeRate.entered(MONDAY, new BigDecimal("2750.1234567891")))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.code()).isEqualTo("billing.exchange_rate.too_precise");
                    assertThat(e.field()).isEqualTo("rate");
                });
    }

    @Test
    void zeroNegativeAndAbsurdRatesAreRefused() {
        for (String rate : new String[] {"0", "-2750", "1000000.0001"}) {
            assertThatThrownBy(() -> ExchangeRate.entered(MONDAY, new BigDecimal(rate))).as(rate)
                    .isInstanceOfSatisfying(InvalidField.class,
                            e -> assertThat(e.code()).isEqualTo("billing.exchange_rate.out_of_range"));
        }
    }

    @Test
    void convertsBothWaysRoundingHalfUpToTheCent() {
        ExchangeRate rate = ExchangeRate.entered(MONDAY, new BigDecimal("2850.5"));

        assertThat(rate.convert(money("12.35", Currency.USD), Currency.CDF)).isEqualTo(money("35203.68", Currency.CDF));
        assertThat(rate.convert(money("500.00", Currency.CDF), Currency.USD)).isEqualTo(money("0.18", Currency.USD));
        assertThat(rate.convert(money("7.00", Currency.USD), Currency.USD)).isEqualTo(money("7.00", Currency.USD));
        assertThat(rate.convertUnitPrice(new BigDecimal("0.0525"), Currency.USD, Currency.CDF))
                .isEqualTo(new BigDecimal("149.6513"));
    }

    @Test
    void theRateOfADayIsTheDaysElseTheLastOfTheThreeDaysBefore() {
        Rates rates = new Rates();
        LocalDate friday = MONDAY.minusDays(3);
        rates.add(ExchangeRate.entered(friday, new BigDecimal("2800")));

        assertThat(rates.effectiveOn(friday).day()).isEqualTo(friday);
        assertThat(rates.effectiveOn(MONDAY).day()).isEqualTo(friday);
        assertThatThrownBy(() -> rates.effectiveOn(MONDAY.plusDays(1)))
                .isInstanceOfSatisfying(ExchangeRateMissing.class,
                        e -> assertThat(e.code()).isEqualTo("billing.exchange_rate.missing"));

        rates.add(ExchangeRate.entered(MONDAY, new BigDecimal("2810")));
        assertThat(rates.effectiveOn(MONDAY.plusDays(1)).cdfPerUsd()).isEqualByComparingTo("2810");
        assertThatThrownBy(() -> rates.effectiveOn(friday.minusDays(1))).isInstanceOf(ExchangeRateMissing.class);
    }

    private static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** The lookup rule over rates kept in memory. */
    private static final class Rates implements ExchangeRates {

        private final List<ExchangeRate> rates = new ArrayList<>();

        @Override
        public Optional<ExchangeRate> latestBetween(LocalDate from, LocalDate to) {
            return rates.stream().filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to))
                    .max((a, b) -> a.day().compareTo(b.day()));
        }

        @Override
        public void add(ExchangeRate rate) {
            rates.add(rate);
        }

        @Override
        public long count(LocalDate from, LocalDate to) {
            return rates.size();
        }

        @Override
        public List<ExchangeRate> find(LocalDate from, LocalDate to, long offset, int limit) {
            return rates;
        }
    }
}
