package energy.mwolo.billing.tariffs.model;

import static energy.mwolo.billing.tariffs.model.TariffFixtures.FROM;
import static energy.mwolo.billing.tariffs.model.TariffFixtures.block;
import static energy.mwolo.billing.tariffs.model.TariffFixtures.money;
import static energy.mwolo.billing.tariffs.model.TariffFixtures.residential;
import static energy.mwolo.billing.tariffs.model.TariffFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffTest {

    @Test
    void aNewVersionAppliesFromItsDayAndTheOldOneBefore() {
        Tariff tariff = residential();
        LocalDate change = LocalDate.of(2026, 7, 1);

        tariff.addVersion(version(change, "4.00"));

        assertThat(tariff.versionOn(change.minusDays(1)).monthlyFee()).isEqualTo(money("3.00", Currency.USD));
        assertThat(tariff.versionOn(change).monthlyFee()).isEqualTo(money("4.00", Currency.USD));
        assertThat(tariff.versionOn(LocalDate.of(2031, 1, 1)).validFrom()).isEqualTo(change);
    }

    @Test
    void aVersionCannotRewriteThePast() {
        Tariff tariff = residential();
        tariff.addVersion(version(LocalDate.of(2026, 7, 1), "4.00"));

        for (LocalDate day : List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 1, 1))) {
            assertThatThrownBy(() -> tariff.addVersion(version(day, "5.00"))).as(day.toString())
                    .isInstanceOfSatisfying(TariffVersionRefused.class,
                            e -> assertThat(e.code()).isEqualTo("billing.tariff.version_not_after"));
        }
        assertThat(tariff.versions()).hasSize(2);
    }

    @Test
    void nothingIsInForceBeforeTheFirstVersion() {
        assertThatThrownBy(() -> residential().versionOn(FROM.minusDays(1)))
                .isInstanceOf(TariffNotInForce.class);
    }

    @Test
    void blocksGoUpAndOnlyTheLastIsUnbounded() {
        assertThatThrownBy(() -> new TariffVersion(FROM, money("1", Currency.USD),
                List.of(block("300", "0.07"), block("100", "0.09"), block(null, "0.1")), List.of()))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("billing.tariff.blocks_ascending"));
        assertThatThrownBy(() -> new TariffVersion(FROM, money("1", Currency.USD),
                List.of(block("100", "0.07"), block("300", "0.09")), List.of()))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("billing.tariff.last_block_unbounded"));
        assertThatThrownBy(() -> new TariffVersion(FROM, money("1", Currency.USD),
                List.of(block(null, "0.07"), block(null, "0.09")), List.of()))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void unitPricesHaveFourDecimalsAndBoundsAreWattHours() {
        assertThatThrownBy(() -> EnergyBlock.entered(null, new BigDecimal("0.07001"), "blocks[0]"))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("blocks[0].price_per_kwh"));
        assertThatThrownBy(() -> EnergyBlock.entered(new BigDecimal("-5"), new BigDecimal("0.07"), "blocks[0]"))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("blocks[0].up_to_kwh"));
    }

    @Test
    void theFeeIsInTheTariffsCurrency() {
        assertThatThrownBy(() -> Tariff.create(new TariffCode("X1"), "X", Currency.CDF, version(FROM, "3.00")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("monthly_fee"));
    }

    @Test
    void codesAreTypedInAnyCaseAndKeptInCapitals() {
        assertThat(TariffCode.parse(" res-social ", "code").value()).isEqualTo("RES-SOCIAL");
        assertThatThrownBy(() -> TariffCode.parse("-RES", "code")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> TariffCode.parse("R", "code")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> TariffCode.parse("RÉS", "code")).isInstanceOf(InvalidField.class);
    }
}
