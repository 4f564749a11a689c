package energy.mwolo.hr.evaluations.model;

import energy.mwolo.platform.outbox.Uuids;
import java.util.Objects;
import java.util.UUID;

public record EvaluationId(UUID value) {

    public EvaluationId {
        Objects.requireNonNull(value, "value");
    }

    public static EvaluationId newId() {
        return new EvaluationId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
