package energy.mwolo.operations.interventions.model;

import java.time.Instant;

/** What happened to an intervention; recorded by {@link Intervention} inside its transitions. */
public sealed interface InterventionEvent {

    Instant occurredAt();

    record Scheduled(Instant occurredAt) implements InterventionEvent {
    }

    record Completed(Instant occurredAt) implements InterventionEvent {
    }
}
