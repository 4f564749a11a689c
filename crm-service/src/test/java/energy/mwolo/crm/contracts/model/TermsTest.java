package energy.mwolo.crm.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermsTest {

    private final Terms social = metered(new TariffCode("RES-SOCIAL"), 5);

    @Test
    void aNewTariffCodeIsATariffChangeBillingMustHearAbout() {
        assertThat(metered(new TariffCode("RES-BT"), 5).tariffDiffers(social)).isTrue();
        assertThat(metered(null, 5).tariffDiffers(social)).isTrue();
        assertThat(social.tariffDiffers(metered(null, 5))).isTrue();
    }

    @Test
    void theSameTariffCodeAndAmountsAreNoTariffChange() {
        assertThat(metered(new TariffCode("RES-SOCIAL"), 5).tariffDiffers(social)).isFalse();
        assertThat(metered(null, 5).tariffDiffers(metered(null, 5))).isFalse();
    }

    @Test
    void anotherBillingDayStillIsATariffChange() {
        assertThat(metered(new TariffCode("RES-SOCIAL"), 10).tariffDiffers(social)).isTrue();
    }

    private static Terms metered(TariffCode code, int billingDay) {
        return new Terms(ContractType.METERED, null, new BigDecimal("250.5"), code, Currency.CDF, billingDay,
                LocalDate.of(2025, 5, 1), null);
    }
}
