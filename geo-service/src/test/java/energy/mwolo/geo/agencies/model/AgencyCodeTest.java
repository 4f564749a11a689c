package energy.mwolo.geo.agencies.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.geo.geography.model.PlaceCode;
import org.junit.jupiter.api.Test;

class AgencyCodeTest {

    private final PlaceCode kinshasa = PlaceCode.of("KN");

    @Test
    void padsTheNumberToThreeDigits() {
        assertThat(AgencyCode.of(kinshasa, 1).value()).isEqualTo("AG-KN-001");
        assertThat(AgencyCode.of(kinshasa, 42).value()).isEqualTo("AG-KN-042");
        assertThat(AgencyCode.of(kinshasa, 999).value()).isEqualTo("AG-KN-999");
    }

    @Test
    void keepsCountingPast999WithMoreDigits() {
        assertThat(AgencyCode.of(kinshasa, 1000).value()).isEqualTo("AG-KN-1000");
        assertThat(AgencyCode.of(kinshasa, 12345).value()).isEqualTo("AG-KN-12345");
    }

    @Test
    void numbersStartAtOne() {
        assertThatThrownBy(() -> AgencyCode.of(kinshasa, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsItsProvinceAndNumber() {
        AgencyCode code = new AgencyCode("AG-HK-1002");

        assertThat(code.provinceCode()).isEqualTo("HK");
        assertThat(code.number()).isEqualTo(1002);
    }

    @Test
    void refusesTextThatIsNotAnAgencyCode() {
        assertThatThrownBy(() -> new AgencyCode("AG-KN-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgencyCode("AG-CD-KN-001")).isInstanceOf(IllegalArgumentException.class);
    }
}
