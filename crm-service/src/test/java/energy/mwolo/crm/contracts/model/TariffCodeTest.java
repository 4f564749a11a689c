package energy.mwolo.crm.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.crm.kernel.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TariffCodeTest {

    @Test
    void readsACodeAsTypedIgnoringCaseAndSurroundingSpaces() {
        assertThat(TariffCode.parse("  res-social ")).isEqualTo(new TariffCode("RES-SOCIAL"));
        assertThat(TariffCode.parse("BT2")).isEqualTo(new TariffCode("BT2"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void aBlankCodeMeansNone(String text) {
        assertThat(TariffCode.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R", "-RES", "RES SOCIAL", "RES_SOCIAL", "RÉS-SOCIAL", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void refusesACodeOutsideTheCataloguesFormNamingTheFieldAndWhatWasTyped(String text) {
        assertThatThrownBy(() -> TariffCode.parse(text))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.code()).isEqualTo("crm.contract.tariff_code");
                    assertThat(e.field()).isEqualTo("tariff_code");
                    assertThat(e.args()).containsExactly(text);
                });
    }

    @Test
    void acceptsThirtyTwoCharacters() {
        assertThat(TariffCode.parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345").value()).hasSize(32);
    }
}
