package energy.mwolo.identity.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingTest {

    @ParameterizedTest
    @CsvSource({
            "vat_rate, 16, 16.00",
            "vat_rate, 16.5, 16.50",
            "vat_rate, 0, 0.00",
            "payment_terms_days, ' 30 ', 30",
            "default_currency, usd, USD",
            "late_hour, 08:30, 08:30",
            "company_email, Contact@Mwolo.Energy, contact@mwolo.energy",
            "self_registration_open, false, false"})
    void writesAcceptedValuesInTheirCanonicalForm(String key, String raw, String canonical) {
        assertThat(Setting.byKey(key).orElseThrow().canonical(raw)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({
            "vat_rate, sixteen",
            "vat_rate, 100.01",
            "vat_rate, -1",
            "vat_rate, 16.125",
            "payment_terms_days, 366",
            "payment_terms_days, 1.5",
            "default_currency, EUR",
            "late_hour, 25:00",
            "late_hour, 9h",
            "company_email, contact-at-mwolo",
            "company_name, ''",
            "self_registration_open, yes"})
    void refusesValuesOutsideTheirTypeOrBounds(String key, String raw) {
        Setting setting = Setting.byKey(key).orElseThrow();

        assertThatThrownBy(() -> setting.canonical(raw))
                .isInstanceOfSatisfying(InvalidSettingValue.class, e -> {
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.code()).isEqualTo("settings.invalid." + setting.kind().code());
                });
    }

    @ParameterizedTest
    @CsvSource({"payment_terms_days", "vat_rate", "late_hour", "default_currency", "company_name",
            "self_registration_open", "disconnection_after_days", "disconnection_cutoff_hour"})
    void everyDefaultIsAValueOfItsOwnType(String key) {
        Setting setting = Setting.byKey(key).orElseThrow();

        assertThat(setting.canonical(setting.defaultValue())).isEqualTo(setting.defaultValue());
    }

    @Test
    void numbersAndBooleansAreTypedInJsonTheRestIsText() {
        assertThat(SettingKind.INTEGER.typed("15")).isEqualTo(15L);
        assertThat(SettingKind.BOOLEAN.typed("true")).isEqualTo(true);
        assertThat(SettingKind.PERCENT.typed("16.00")).isEqualTo("16.00");
    }
}
