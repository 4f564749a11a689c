package energy.mwolo.billing.dunning.model;

import energy.mwolo.billing.kernel.InvalidField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reminders of an unpaid invoice, in order of their day: at least one step, codes and days unique, exactly one
 * final step, which is the latest and after the due date (a contract cannot be reported overdue before it is).
 */
public final class DunningSchedule {

    static final int MAX_STEPS = 10;

    private final List<DunningStep> steps;

    public DunningSchedule(List<DunningStep> steps) {
        if (steps == null || steps.isEmpty()) {
            throw new InvalidField("steps", "billing.dunning.steps_required");
        }
        if (steps.size() > MAX_STEPS) {
            throw new InvalidField("steps", "billing.dunning.too_many_steps", MAX_STEPS);
        }
        List<DunningStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(DunningStep::offsetDays));
        Set<String> codes = new HashSet<>();
        Set<Integer> days = new HashSet<>();
        for (DunningStep step : sorted) {
            if (!codes.add(step.code()) || !days.add(step.offsetDays())) {
                throw new InvalidField("steps", "billing.dunning.step_duplicate", step.code(), step.offsetDays());
            }
        }
        long finals = sorted.stream().filter(DunningStep::isFinal).count();
        DunningStep last = sorted.get(sorted.size() - 1);
        if (finals != 1 || !last.isFinal() || last.offsetDays() < 1) {
            throw new InvalidField("steps", "billing.dunning.final_step");
        }
        this.steps = List.copyOf(sorted);
    }

    public List<DunningStep> steps() {
        return steps;
    }

    /** The earliest day, relative to the due date, a reminder can fall on: invoices due later need no look. */
    public int earliestOffset() {
        return steps.get(0).offsetDays();
    }

    public Optional<DunningStep> step(String code) {
        return steps.stream().filter(step -> step.code().equals(code)).findFirst();
    }

    /**
     * The steps an invoice due on {@code dueDate} is owed by {@code today}, given those already decided for it
     * (sent, being sent, skipped or failed: a decided step is never decided again). Only steps later than the latest
     * decided one count, so a step added to the schedule afterwards with an earlier day is not sent late. When
     * several are owed at once (after downtime, or an invoice issued late) only the latest is sent, the others are
     * passed over: a client gets one reminder, the one that matches where its invoice stands.
     */
    public ReminderPlan plan(LocalDate dueDate, LocalDate today, Set<String> decided) {
        int latestDecided = steps.stream().filter(step -> decided.contains(step.code()))
                .mapToInt(DunningStep::offsetDays).max().orElse(Integer.MIN_VALUE);
        List<DunningStep> owed = steps.stream()
                .filter(step -> step.offsetDays() > latestDecided)
                .filter(step -> !step.dayFor(dueDate).isAfter(today))
                .toList();
        if (owed.isEmpty()) {
            return ReminderPlan.NOTHING;
        }
        return new ReminderPlan(Optional.of(owed.get(owed.size() - 1)), owed.subList(0, owed.size() - 1));
    }
}
