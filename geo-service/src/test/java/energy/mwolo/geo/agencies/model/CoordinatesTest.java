package energy.mwolo.geo.agencies.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.platform.errors.ErrorKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void acceptsTheEdgesOfTheGlobe() {
        Coordinates pole = new Coordinates(new BigDecimal("-90"), new BigDecimal("180"));

        assertThat(pole.latitude()).isEqualByComparingTo("-90");
        assertThat(pole.longitude()).isEqualByComparingTo("180");
    }

    @Test
    void refusesALatitudeBeyondAPole() {
        assertThatThrownBy(() -> new Coordinates(new BigDecimal("91"), new BigDecimal("15.3")))
                .isInstanceOfSatisfying(CoordinateOutOfRange.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.field()).isEqualTo("latitude");
                });
    }

    @Test
    void refusesALongitudeBeyondTheAntimeridian() {
        assertThatThrownBy(() -> new Coordinates(new BigDecimal("-4.3"), new BigDecimal("-180.000001")))
                .isInstanceOfSatisfying(CoordinateOutOfRange.class, e -> assertThat(e.field()).isEqualTo("longitude"));
    }

    @Test
    void noPositionAtAllIsAllowed() {
        assertThat(Coordinates.ofNullable(null, null)).isNull();
    }

    @Test
    void refusesHalfAPositionNamingTheMissingPart() {
        assertThatThrownBy(() -> Coordinates.ofNullable(new BigDecimal("-4.3"), null))
                .isInstanceOfSatisfying(IncompleteCoordinates.class, e -> assertThat(e.field()).isEqualTo("longitude"));
        assertThatThrownBy(() -> Coordinates.ofNullable(null, new BigDecimal("15.3")))
                .isInstanceOfSatisfying(IncompleteCoordinates.class, e -> assertThat(e.field()).isEqualTo("latitude"));
    }

    @Test
    void theSamePositionWrittenDifferentlyIsEqual() {
        assertThat(new Coordinates(new BigDecimal("-4.3"), new BigDecimal("15.30")))
                .isEqualTo(new Coordinates(new BigDecimal("-4.300000"), new BigDecimal("15.3")));
    }
}
