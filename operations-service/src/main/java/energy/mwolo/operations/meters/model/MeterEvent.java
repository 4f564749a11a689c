package energy.mwolo.operations.meters.model;

import java.time.Instant;

/** What happened to a meter; recorded by {@link Meter} inside its state transitions. */
public sealed interface MeterEvent {

    Instant occurredAt();

    record Installed(Instant occurredAt) implements MeterEvent {
    }

    /** The link as it opened; {@code replacesMeter} set in a swap. */
    record Linked(MeterLink link, Instant occurredAt) implements MeterEvent {
    }

    /** The link as it closed; {@code replacedByMeter} set in a swap. */
    record Unlinked(MeterLink link, Instant occurredAt) implements MeterEvent {
    }
}
