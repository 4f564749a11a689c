package energy.mwolo.crm.clients.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.crm.kernel.InvalidField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0812345678", "+243812345678", "243 81 234 5678", "00243 81 234 56 78",
            "081.234.5678", "812345678"})
    void normalisesTheWaysPeopleWriteAMobileNumberToE164(String text) {
        assertThat(PhoneNumber.parse(text).value()).isEqualTo("+243812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0712345678", "+243712345678", "+2438123456789", "+33612345678", "08123x5678"})
    void refusesWhatIsNotACongoleseMobileNumberNamingThePhoneField(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }
}
