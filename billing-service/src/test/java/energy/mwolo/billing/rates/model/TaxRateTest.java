package energy.mwolo.billing.rates.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.kernel.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaxRateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @Test
    void aRateIsAFractionWithFourDecimalsAtMostAndVatByDefault() {
        TaxRate vat = TaxRate.entered(null, new BigDecimal("0.16"), DAY);

        assertThat(vat.code()).isEqualTo("vat");
        assertThat(vat.rate()).isEqualTo(new BigDecimal("0.1600"));
        assertThat(vat.percent()).isEqualByComparingTo("16");
    }

    @Test
    void ratesOutsideZeroToOneOrTooPreciseAreRefused() {
        for (String rate : new String[] {"-0.01", "1.01", "16", "0.123456"}) {
            assertThatThrownBy(() -> TaxRate.entered("vat", new BigDecimal(rate), DAY)).as(rate)
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("rate"));
        }
    }

    @Test
    void aCodeIsLowerCaseWords() {
        assertThatThrownBy(() -> TaxRate.entered("TVA 16", new BigDecimal("0.16"), DAY))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("code"));
    }
}
