package energy.mwolo.billing.runs.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A contract a run did not bill: {@code failed} (a rule refused it: unknown tariff, no exchange rate, ...) or
 * {@code waiting} (a metered contract whose month has no consumption yet; a later run bills it). {@code code} and
 * {@code arguments} render the reason in the reader's language.
 */
public record RunItem(UUID contractId, String contractNumber, Outcome outcome, String code, List<String> arguments) {

    public enum Outcome {
        FAILED, WAITING
    }

    public RunItem {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }
}
