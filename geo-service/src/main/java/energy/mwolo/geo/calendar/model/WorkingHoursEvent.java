package energy.mwolo.geo.calendar.model;

import java.time.Instant;

/** What happened to working hours; recorded by {@link WorkingHours} inside its state transitions. */
public sealed interface WorkingHoursEvent {

    Instant occurredAt();

    record Changed(Instant occurredAt) implements WorkingHoursEvent {
    }
}
