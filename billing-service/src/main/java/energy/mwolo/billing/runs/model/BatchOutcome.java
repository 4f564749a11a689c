package energy.mwolo.billing.runs.model;

import java.util.List;

/** What one batch did: invoices issued, contracts already invoiced for the month, and those it did not bill. */
public record BatchOutcome(int invoiced, int skipped, List<RunItem> items) {

    public BatchOutcome {
        items = List.copyOf(items);
    }

    public int failed() {
        return (int) items.stream().filter(item -> item.outcome() == RunItem.Outcome.FAILED).count();
    }

    public int waiting() {
        return (int) items.stream().filter(item -> item.outcome() == RunItem.Outcome.WAITING).count();
    }
}
