package energy.mwolo.billing.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private static final BillingPeriod MARCH = BillingPeriod.of(2026, 3);

    @Test
    void aContractInForceAllMonthPaysTheWholeMonth() {
        ProRata share = ProRata.of(MARCH, LocalDate.of(2025, 1, 1), null);

        assertThat(share.isWhole()).isTrue();
        assertThat(share.of(usd("10.00"))).isEqualTo(usd("10.00"));
    }

    @Test
    void aContractStartedMidMonthPaysFromItsFirstDayIncluded() {
        ProRata share = ProRata.of(MARCH, LocalDate.of(2026, 3, 17), null);

        assertThat(share).isEqualTo(new ProRata(15, 31));
        assertThat(share.of(usd("10.00"))).isEqualTo(usd("4.84"));
    }

    @Test
    void aContractEndedMidMonthPaysUntilItsLastDayIncluded() {
        ProRata share = ProRata.of(MARCH, LocalDate.of(2024, 6, 1), LocalDate.of(2026, 3, 10));

        assertThat(share).isEqualTo(new ProRata(10, 31));
        assertThat(share.of(cdf("15000.00"))).isEqualTo(cdf("4838.71"));
    }

    @Test
    void aContractStartedAndEndedInTheMonthPaysItsDaysOnly() {
        assertThat(ProRata.of(MARCH, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5)))
                .isEqualTo(new ProRata(1, 31));
    }

    @Test
    void aContractOutsideTheMonthHasNoShare() {
        assertThat(ProRata.of(MARCH, LocalDate.of(2026, 4, 1), null).isNone()).isTrue();
        assertThat(ProRata.of(MARCH, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 2, 28)).isNone()).isTrue();
    }

    @Test
    void theShareIsRoundedOnceHalfUp() {
        // 1/31 of 0.31 is exactly 0.01; 1/31 of 0.155 would be 0.005: half up to 0.01.
        assertThat(new ProRata(1, 31).of(usd("0.31"))).isEqualTo(usd("0.01"));
        assertThat(new ProRata(1, 31).of(new BigDecimal("4.805"), 3)).isEqualByComparingTo("0.155");
        assertThat(new ProRata(15, 31).of(new BigDecimal("100"), 3)).isEqualByComparingTo("48.387");
    }

    @Test
    void februaryOfALeapYearHasTwentyNineDays() {
        assertThat(ProRata.of(BillingPeriod.of(2028, 2), LocalDate.of(2028, 2, 15), null))
                .isEqualTo(new ProRata(15, 29));
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), Currency.USD);
    }

    private static Money cdf(String amount) {
        return new Money(new BigDecimal(amount), Currency.CDF);
    }
}
