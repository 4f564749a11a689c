package energy.mwolo.hr.attendance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.hr.kernel.InvalidField;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GeofenceTest {

    /** Limete, Kinshasa. */
    private static final Position AGENCY = new Position(-4.3697, 15.3440);
    private final Geofence fence = new Geofence(UUID.randomUUID(), AGENCY, 300);

    @Test
    void aPositionWithinTheRadiusIsAccepted() {
        assertThatCode(() -> fence.requireInside(new Position(-4.3680, 15.3450))).doesNotThrowAnyException();
    }

    @Test
    void aPositionOutsideIsRefusedWithItsDistance() {
        // Gombe, about 8 km away
        assertThatThrownBy(() -> fence.requireInside(new Position(-4.3050, 15.3100)))
                .isInstanceOfSatisfying(OutsideGeofence.class, refused -> {
                    assertThat(refused.code()).isEqualTo("hr.attendance.outside_geofence");
                    assertThat((long) refused.args()[0]).isBetween(8_000L, 8_300L);
                });
    }

    @Test
    void aDegreeOfLatitudeIsAbout111Kilometres() {
        assertThat(new Position(0, 0).metresTo(new Position(1, 0))).isBetween(111_000.0, 111_400.0);
    }

    @Test
    void coordinatesOutOfRangeAndHalfAPositionAreRefused() {
        assertThatThrownBy(() -> new Position(91, 0)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new Position(0, -181)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> Position.ofNullable(1.0, null)).isInstanceOf(InvalidField.class);
        assertThat(Position.ofNullable(null, null)).isNull();
    }

    @Test
    void aRadiusBeyondFiftyKilometresOrBelowOneMetreIsRefused() {
        assertThatThrownBy(() -> new Geofence(UUID.randomUUID(), AGENCY, 0)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new Geofence(UUID.randomUUID(), AGENCY, 50_001)).isInstanceOf(InvalidField.class);
    }
}
