package energy.mwolo.billing.dunning.model;

import java.util.List;
import java.util.Optional;

/** What a pass decides for one invoice: the step to send now, if any, and the earlier ones it passes over. */
public record ReminderPlan(Optional<DunningStep> toSend, List<DunningStep> skipped) {

    public static final ReminderPlan NOTHING = new ReminderPlan(Optional.empty(), List.of());

    public ReminderPlan {
        skipped = List.copyOf(skipped);
    }

    public boolean isEmpty() {
        return toSend.isEmpty() && skipped.isEmpty();
    }

    /** Whether the step sent now is the final one: the contract is then reported overdue. */
    public boolean reachesFinalStep() {
        return toSend.map(DunningStep::isFinal).orElse(false);
    }
}
