package energy.mwolo.identity.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy SHIPPED = new PasswordPolicy(PasswordConfiguration.commonPasswords());
    private static final String EMAIL = "bienvenu.kabasele@example.cd";

    @Test
    void shipsSeveralThousandCommonPasswordsOfTheLengthThePolicyAccepts() {
        assertThat(SHIPPED.commonPasswordCount()).isGreaterThan(30_000);
        assertThat(PasswordConfiguration.commonPasswords().stream().filter(p -> p.length() >= 10).count())
                .isGreaterThan(5_000);
    }

    @Test
    void acceptsALongPassphrase() {
        assertThatCode(() -> SHIPPED.check("Le fleuve Congo coule vers Matadi", EMAIL, "password"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        assertRefused("Kv7#pL2!x", "passwords.too_short");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatCode(() -> SHIPPED.check("Éléphant-Ça-Île", EMAIL, "password")).doesNotThrowAnyException();
        assertRefused("ÉléphaÇaÎ", "passwords.too_short");
    }

    @Test
    void refusesMoreThanOneHundredTwentyEightCharacters() {
        assertRefused("Kinshasa-la-belle-".repeat(8), "passwords.too_long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "Password123", "azertyuiop", "MotDePasse123", "Kinshasa2025",
            "mwoloenergy", "iloveyou12"})
    void refusesCommonPasswordsWhateverTheirCase(String common) {
        assertRefused(common, "passwords.too_common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manchester!!2024", "123dragonball", "Lubumbashi#2019", "football_1234"})
    void refusesACommonWordDressedWithDigitsAndSymbols(String decorated) {
        assertRefused(decorated, "passwords.too_common");
    }

    @Test
    void refusesTheEmailAndItsLocalPart() {
        assertRefused("Bienvenu.Kabasele@example.cd", "passwords.same_as_email");
        assertRefused("bienvenu.kabasele", "passwords.same_as_email");
    }

    @Test
    void refusesOneOrTwoCharactersRepeated() {
        PasswordPolicy noList = new PasswordPolicy(Set.of());

        assertThatThrownBy(() -> noList.check("abababababab", EMAIL, "password"))
                .isInstanceOfSatisfying(WeakPassword.class, e -> assertThat(e.code()).isEqualTo("passwords.too_simple"));
    }

    @Test
    void namesTheFieldItWasGiven() {
        assertThatThrownBy(() -> SHIPPED.check("short", EMAIL, "new_password"))
                .isInstanceOfSatisfying(WeakPassword.class, e -> assertThat(e.field()).isEqualTo("new_password"));
    }

    @Test
    void refusesAMissingPassword() {
        assertRefused(null, "passwords.required");
        assertRefused("   ", "passwords.required");
    }

    private static void assertRefused(String password, String code) {
        assertThatThrownBy(() -> SHIPPED.check(password, EMAIL, "password"))
                .isInstanceOfSatisfying(WeakPassword.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).doesNotContain(password == null ? "\0" : password);
                });
    }
}
