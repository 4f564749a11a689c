package energy.mwolo.geo.agencies.model;

import java.time.Instant;

/** What happened to an agency; recorded by {@link Agency} inside its state transitions. */
public sealed interface AgencyEvent {

    Instant occurredAt();

    record Opened(Instant occurredAt) implements AgencyEvent {
    }

    record Updated(Instant occurredAt) implements AgencyEvent {
    }

    record Closed(Instant occurredAt) implements AgencyEvent {
    }
}
