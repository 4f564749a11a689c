package energy.mwolo.hr.evaluations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final Instant NOW = Instant.parse("2026-12-15T10:00:00Z");
    private final EmployeeId employee = EmployeeId.newId();
    private final EmployeeId manager = EmployeeId.newId();
    private final Evaluation evaluation = Evaluation.open(UUID.randomUUID(), employee, manager,
            List.of("Relevés à temps", "Sécurité"));

    @Test
    void theManagerScoresSubmitsAndTheEmployeeAcknowledgesWithItsComment() {
        evaluation.score(manager, scored(4, 5), 4, "Bonne année");
        evaluation.submit(manager, NOW);
        evaluation.acknowledge(employee, "D’accord, sauf sur la sécurité", NOW.plusSeconds(60));

        assertThat(evaluation.status()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
        assertThat(evaluation.objectives()).extracting(Objective::score).containsExactly(4, 5);
        assertThat(evaluation.employeeComment()).isEqualTo("D’accord, sauf sur la sécurité");
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> evaluation.score(manager, scored(0, 5), 3, null))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).code())
                .isEqualTo("hr.evaluation.score_invalid");
        assertThatThrownBy(() -> evaluation.score(manager, scored(3, 3), 6, null))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void onlyTheReviewerScoresAndSubmitsAndOnlyTheEmployeeAcknowledges() {
        assertThatThrownBy(() -> evaluation.score(employee, scored(5, 5), 5, "Parfait"))
                .hasMessageContaining("hr.evaluation.not_the_reviewer");
        evaluation.score(manager, scored(3, 3), 3, null);
        assertThatThrownBy(() -> evaluation.submit(EmployeeId.newId(), NOW))
                .hasMessageContaining("hr.evaluation.not_the_reviewer");
        evaluation.submit(manager, NOW);
        assertThatThrownBy(() -> evaluation.acknowledge(manager, null, NOW))
                .hasMessageContaining("hr.evaluation.not_the_employee");
    }

    @Test
    void anIncompleteEvaluationCannotBeSubmitted() {
        evaluation.score(manager, List.of(new Objective("Relevés à temps", 4, null),
                Objective.unscored("Sécurité")), 4, null);

        assertThatThrownBy(() -> evaluation.submit(manager, NOW)).hasMessageContaining("hr.evaluation.incomplete");
        assertThat(evaluation.status()).isEqualTo(EvaluationStatus.DRAFT);
    }

    @Test
    void aSubmittedEvaluationIsNoLongerScoredAndIsAcknowledgedOnce() {
        evaluation.score(manager, scored(2, 3), 2, null);
        evaluation.submit(manager, NOW);

        assertThatThrownBy(() -> evaluation.score(manager, scored(5, 5), 5, null))
                .hasMessageContaining("hr.evaluation.transition_refused");
        evaluation.acknowledge(employee, null, NOW);
        assertThatThrownBy(() -> evaluation.acknowledge(employee, "encore", NOW))
                .hasMessageContaining("hr.evaluation.transition_refused");
        assertThat(evaluation.employeeComment()).isNull();
    }

    @Test
    void anEmployeeIsNeverItsOwnReviewerAndAReviewHasObjectives() {
        assertThatThrownBy(() -> Evaluation.open(UUID.randomUUID(), employee, employee, List.of("x")))
                .hasMessageContaining("hr.evaluation.own_review");
        assertThatThrownBy(() -> Evaluation.open(UUID.randomUUID(), employee, manager, List.of()))
                .hasMessageContaining("hr.evaluation.objectives_count");
    }

    private static List<Objective> scored(int first, int second) {
        return List.of(new Objective("Relevés à temps", first, null), new Objective("Sécurité", second, "RAS"));
    }
}
