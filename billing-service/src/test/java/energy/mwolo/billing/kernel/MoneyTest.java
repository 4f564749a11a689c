package energy.mwolo.billing.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreKeptToTwoDecimalsInBothCurrencies() {
        assertThat(new Money(new BigDecimal("1500"), Currency.CDF).text()).isEqualTo("1500.00");
        assertThat(new Money(new BigDecimal("12.5"), Currency.USD).text()).isEqualTo("12.50");
    }

    @Test
    void computedAmountsRoundHalfUpOnce() {
        assertThat(Money.rounded(new BigDecimal("0.005"), Currency.USD).text()).isEqualTo("0.01");
        assertThat(Money.rounded(new BigDecimal("0.004999"), Currency.USD).text()).isEqualTo("0.00");
        assertThat(Money.rounded(new BigDecimal("2.345"), Currency.CDF).text()).isEqualTo("2.35");
        assertThat(new Money(new BigDecimal("10.00"), Currency.USD).times(new BigDecimal("0.16")).text())
                .isEqualTo("1.60");
        assertThat(new Money(new BigDecimal("0.03"), Currency.USD).times(new BigDecimal("0.5")).text())
                .isEqualTo("0.02");
    }

    @Test
    void typedAmountsWithMoreDecimalsThanTheCurrencyAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.exact(new BigDecimal("10.005"), Currency.USD, "amount"))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.code()).isEqualTo("billing.amount.too_precise");
                    assertThat(e.field()).isEqualTo("amount");
                });
        assertThat(Money.exact(new BigDecimal("10.500"), Currency.USD, "amount").text()).isEqualTo("10.50");
    }

    @Test
    void zeroAndNegativeAmountsAreNotPositive() {
        for (String amount : new String[] {"0", "-1", "-0.01"}) {
            assertThatThrownBy(() -> Money.positive(new BigDecimal(amount), Currency.CDF, "amount"))
                    .isInstanceOfSatisfying(InvalidField.class,
                            e -> assertThat(e.code()).isEqualTo("billing.amount.not_positive"));
        }
    }

    @Test
    void addingTwoCurrenciesIsAProgrammingError() {
        Money francs = new Money(BigDecimal.ONE, Currency.CDF);
        Money dollars = new Money(BigDecimal.ONE, Currency.USD);

        assertThatIllegalArgumentException().isThrownBy(() -> francs.plus(dollars));
        assertThatIllegalArgumentException().isThrownBy(() -> francs.compareTo(dollars));
    }

    @Test
    void anUnknownCurrencyIsABadRequestOnItsField() {
        assertThatThrownBy(() -> Currency.of("EUR", "currency"))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.code()).isEqualTo("billing.currency.unknown");
                    assertThat(e.field()).isEqualTo("currency");
                });
        assertThat(Currency.of(" USD ", "currency")).isEqualTo(Currency.USD);
    }
}
