package energy.mwolo.operations.interventions.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** planned -> in_progress -> completed | cancelled, every pair of statuses. */
class InterventionStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PLANNED, PLANNED, false",
            "PLANNED, IN_PROGRESS, true",
            "PLANNED, COMPLETED, false",
            "PLANNED, CANCELLED, true",
            "IN_PROGRESS, PLANNED, false",
            "IN_PROGRESS, IN_PROGRESS, false",
            "IN_PROGRESS, COMPLETED, true",
            "IN_PROGRESS, CANCELLED, true",
            "COMPLETED, PLANNED, false",
            "COMPLETED, IN_PROGRESS, false",
            "COMPLETED, COMPLETED, false",
            "COMPLETED, CANCELLED, false",
            "CANCELLED, PLANNED, false",
            "CANCELLED, IN_PROGRESS, false",
            "CANCELLED, COMPLETED, false",
            "CANCELLED, CANCELLED, false"})
    void movesOnlyForwardAndNeverOutOfAnEnd(InterventionStatus from, InterventionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
