package energy.mwolo.geo.geography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceCodeTest {

    @Test
    void acceptsWhatPeopleTypeAndStoresItUpperCase() {
        assertThat(PlaceCode.of(" mont-ngafula ").value()).isEqualTo("MONT-NGAFULA");
    }

    @Test
    void refusesCodesWithSpacesOrPunctuation() {
        assertThatThrownBy(() -> PlaceCode.of("MONT NGAFULA"))
                .isInstanceOfSatisfying(InvalidPlaceCode.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> PlaceCode.of("-KN")).isInstanceOf(InvalidPlaceCode.class);
        assertThatThrownBy(() -> PlaceCode.of("")).isInstanceOf(InvalidPlaceCode.class);
    }

    @Test
    void aCountryCodeIsTwoLetters() {
        assertThatThrownBy(() -> Country.register(PlaceCode.of("COD"), "RDC")).isInstanceOf(InvalidPlaceCode.class);
        assertThatThrownBy(() -> Country.register(PlaceCode.of("C1"), "RDC")).isInstanceOf(InvalidPlaceCode.class);
        assertThat(Country.register(PlaceCode.of("cd"), "RDC").code().value()).isEqualTo("CD");
    }

    @Test
    void aProvinceCodeIsTheShortPartOfItsIsoCode() {
        Country congo = GeographyFixtures.drCongo();

        assertThatThrownBy(() -> Province.register(congo, PlaceCode.of("CD-KN"), "Kinshasa"))
                .isInstanceOf(InvalidPlaceCode.class);
        assertThatThrownBy(() -> Province.register(congo, PlaceCode.of("KINS"), "Kinshasa"))
                .isInstanceOf(InvalidPlaceCode.class);
        assertThat(Province.register(congo, PlaceCode.of("KN"), "Kinshasa").code().value()).isEqualTo("KN");
    }
}
