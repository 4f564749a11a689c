package energy.mwolo.operations.interventions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.kernel.TransitionRefused;
import energy.mwolo.operations.kernel.UserId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterventionTest {

    private static final Instant NOW = Instant.parse("2026-03-16T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final UserId TECHNICIAN = new UserId(UUID.randomUUID());
    private static final SiteId SITE = new SiteId(UUID.randomUUID());

    private static Intervention planned() {
        Intervention intervention = Intervention.schedule(InterventionType.MAINTENANCE, SITE, UUID.randomUUID(),
                new InterventionPlan("Remplacer le disjoncteur", TODAY, TECHNICIAN), TODAY, NOW.minusSeconds(3600));
        intervention.pullEvents();
        return intervention;
    }

    @Test
    void aScheduledInterventionIsPlannedAndRecordsItsScheduling() {
        Intervention intervention = Intervention.schedule(InterventionType.REPAIR, SITE, null,
                new InterventionPlan("  Câble arraché  ", TODAY.plusDays(2), null), TODAY, NOW);

        assertThat(intervention.status()).isEqualTo(InterventionStatus.PLANNED);
        assertThat(intervention.plan().description()).isEqualTo("Câble arraché");
        assertThat(intervention.pullEvents()).containsExactly(new InterventionEvent.Scheduled(NOW));
    }

    @Test
    void aPastDayCannotBePlanned() {
        assertThatThrownBy(() -> Intervention.schedule(InterventionType.INSPECTION, SITE, null,
                new InterventionPlan("Contrôle", TODAY.minusDays(1), null), TODAY, NOW))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("scheduled_date"));
    }

    @Test
    void anInterventionIsStartedThenCompletedWithAReportAndRecordsItsCompletion() {
        Intervention intervention = planned();
        intervention.start(NOW);

        intervention.complete(" Disjoncteur remplacé ", NOW.plusSeconds(5400), NOW.plusSeconds(6000));

        assertThat(intervention.status()).isEqualTo(InterventionStatus.COMPLETED);
        assertThat(intervention.progress().report()).isEqualTo("Disjoncteur remplacé");
        assertThat(intervention.progress().startedAt()).isEqualTo(NOW);
        assertThat(intervention.progress().completedAt()).isEqualTo(NOW.plusSeconds(5400));
        assertThat(intervention.pullEvents()).containsExactly(
                new InterventionEvent.Completed(NOW.plusSeconds(6000)));
    }

    @Test
    void aPlannedInterventionCannotBeCompletedWithoutBeingStarted() {
        Intervention intervention = planned();

        assertThatThrownBy(() -> intervention.complete("fait", NOW, NOW)).isInstanceOf(TransitionRefused.class);
        assertThat(intervention.pullEvents()).isEmpty();
    }

    @Test
    void completionNeedsAReportAndAnEndBetweenStartAndNow() {
        Intervention intervention = planned();
        intervention.start(NOW);

        assertThatThrownBy(() -> intervention.complete("  ", NOW, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("report"));
        assertThatThrownBy(() -> intervention.complete("fait", NOW.minusSeconds(1), NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("completed_at"));
        assertThatThrownBy(() -> intervention.complete("fait", NOW.plusSeconds(61), NOW.plusSeconds(60)))
                .isInstanceOf(InvalidField.class);
        assertThat(intervention.status()).isEqualTo(InterventionStatus.IN_PROGRESS);
    }

    @Test
    void cancellingEndsAPlannedOrStartedInterventionButNeitherEndedOne() {
        Intervention planned = planned();
        Intervention started = planned();
        started.start(NOW);
        Intervention completed = planned();
        completed.start(NOW);
        completed.complete("fait", NOW, NOW);

        planned.cancel("Client absent", NOW);
        started.cancel(null, NOW);

        assertThat(planned.status()).isEqualTo(InterventionStatus.CANCELLED);
        assertThat(planned.progress().cancellationReason()).isEqualTo("Client absent");
        assertThat(started.status()).isEqualTo(InterventionStatus.CANCELLED);
        assertThatThrownBy(() -> completed.cancel("trop tard", NOW)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> planned.start(NOW)).isInstanceOf(TransitionRefused.class);
        assertThat(planned.pullEvents()).isEmpty();
    }

    @Test
    void thePlanChangesWhilePlannedAndOnceStartedOnlyItsTechnician() {
        Intervention intervention = planned();
        UserId other = new UserId(UUID.randomUUID());

        intervention.replan(new InterventionPlan("Remplacer le disjoncteur et le compteur", TODAY.plusDays(1),
                TECHNICIAN), TODAY);
        intervention.start(NOW);
        intervention.replan(new InterventionPlan("Remplacer le disjoncteur et le compteur", TODAY.plusDays(1),
                other), TODAY);

        assertThat(intervention.isAssignedTo(other)).isTrue();
        assertThat(intervention.isAssignedTo(TECHNICIAN)).isFalse();
        assertThatThrownBy(() -> intervention.replan(new InterventionPlan("Autre chose", TODAY.plusDays(1), other),
                TODAY)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    }

    @Test
    void anUnassignedInterventionIsAssignedToNobody() {
        Intervention intervention = Intervention.schedule(InterventionType.INSPECTION, SITE, null,
                new InterventionPlan("Contrôle", TODAY, null), TODAY, NOW);

        assertThat(intervention.isAssignedTo(TECHNICIAN)).isFalse();
        assertThat(intervention.isAssignedTo(null)).isFalse();
    }
}
