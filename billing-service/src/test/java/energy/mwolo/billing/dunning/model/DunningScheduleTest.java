package energy.mwolo.billing.dunning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.kernel.InvalidField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DunningScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    private static final DunningSchedule SEEDED = new DunningSchedule(List.of(
            new DunningStep("j+14", 14, true), new DunningStep("j-3", -3, false),
            new DunningStep("j+3", 3, false), new DunningStep("j+7", 7, false)));

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static List<String> codes(List<DunningStep> steps) {
        return steps.stream().map(DunningStep::code).toList();
    }

    @Test
    void stepsAreKeptInTheOrderOfTheirDay() {
        assertThat(codes(SEEDED.steps())).containsExactly("j-3", "j+3", "j+7", "j+14");
        assertThat(SEEDED.earliestOffset()).isEqualTo(-3);
    }

    @Test
    void nothingIsOwedBeforeTheFirstStepsDay() {
        assertThat(SEEDED.plan(DUE, DUE.minusDays(4), Set.of())).isEqualTo(ReminderPlan.NOTHING);
    }

    @Test
    void theReminderBeforeDueIsOwedThreeDaysBeforeTheDueDate() {
        ReminderPlan plan = SEEDED.plan(DUE, DUE.minusDays(3), Set.of());

        assertThat(plan.toSend()).map(DunningStep::code).contains("j-3");
        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.reachesFinalStep()).isFalse();
    }

    @Test
    void aStepAlreadyDecidedIsNeverOwedAgain() {
        assertThat(SEEDED.plan(DUE, DUE.minusDays(1), Set.of("j-3"))).isEqualTo(ReminderPlan.NOTHING);
        assertThat(SEEDED.plan(DUE, DUE.plusDays(6), Set.of("j-3", "j+3"))).isEqualTo(ReminderPlan.NOTHING);
    }

    @Test
    void theNextStepComesOnItsDayAfterTheEarlierOnesWereDecided() {
        ReminderPlan plan = SEEDED.plan(DUE, DUE.plusDays(7), Set.of("j-3", "j+3"));

        assertThat(plan.toSend()).map(DunningStep::code).contains("j+7");
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void afterDowntimeOnlyTheLatestOwedStepIsSentAndTheEarlierOnesArePassedOver() {
        ReminderPlan plan = SEEDED.plan(DUE, DUE.plusDays(9), Set.of("j-3"));

        assertThat(plan.toSend()).map(DunningStep::code).contains("j+7");
        assertThat(codes(plan.skipped())).containsExactly("j+3");
    }

    @Test
    void aClockThirtyDaysAheadReachesTheFinalStepAtOnce() {
        ReminderPlan plan = SEEDED.plan(DUE, DUE.plusDays(30), Set.of());

        assertThat(plan.toSend()).map(DunningStep::code).contains("j+14");
        assertThat(codes(plan.skipped())).containsExactly("j-3", "j+3", "j+7");
        assertThat(plan.reachesFinalStep()).isTrue();
    }

    @Test
    void aStepAddedLaterWithAnEarlierDayThanOneDecidedIsNotSentLate() {
        DunningSchedule revised = new DunningSchedule(List.of(new DunningStep("j-3", -3, false),
                new DunningStep("j+1", 1, false), new DunningStep("j+7", 7, false),
                new DunningStep("j+14", 14, true)));

        assertThat(revised.plan(DUE, DUE.plusDays(8), Set.of("j+7"))).isEqualTo(ReminderPlan.NOTHING);
    }

    @Test
    void codesNoLongerInTheScheduleAreIgnored() {
        ReminderPlan plan = SEEDED.plan(DUE, DUE.plusDays(3), Set.of("j+2-old"));

        assertThat(plan.toSend()).map(DunningStep::code).contains("j+3");
    }

    @Test
    void aScheduleNeedsExactlyOneFinalStepAndItIsTheLatestAfterTheDueDate() {
        refused(() -> new DunningSchedule(List.of(new DunningStep("j+3", 3, false))), "billing.dunning.final_step");
        refused(() -> new DunningSchedule(List.of(new DunningStep("j+3", 3, true),
                new DunningStep("j+7", 7, false))), "billing.dunning.final_step");
        refused(() -> new DunningSchedule(List.of(new DunningStep("j0", 0, true))), "billing.dunning.final_step");
        refused(() -> new DunningSchedule(List.of(new DunningStep("a", 3, false),
                new DunningStep("b", 9, true), new DunningStep("c", 10, true))), "billing.dunning.final_step");
    }

    @Test
    void codesAndDaysAreUnique() {
        refused(() -> new DunningSchedule(List.of(new DunningStep("a", 3, false),
                new DunningStep("a", 5, false), new DunningStep("z", 9, true))), "billing.dunning.step_duplicate");
        refused(() -> new DunningSchedule(List.of(new DunningStep("a", 3, false),
                new DunningStep("b", 3, false), new DunningStep("z", 9, true))), "billing.dunning.step_duplicate");
    }

    @Test
    void anEmptyScheduleOrABadStepIsRefused() {
        refused(() -> new DunningSchedule(List.of()), "billing.dunning.steps_required");
        refused(() -> new DunningStep("J 3", 3, false), "billing.dunning.step_code_invalid");
        refused(() -> new DunningStep("j+400", 400, true), "billing.dunning.step_offset_invalid");
    }
}
