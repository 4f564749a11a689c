package energy.mwolo.geo.calendar.model;

import java.time.Instant;

/** What happened to a public holiday; recorded by {@link PublicHoliday} inside its state transitions. */
public sealed interface HolidayEvent {

    Instant occurredAt();

    /** Declared, or its overrides changed: its whole state is announced again. */
    record Declared(Instant occurredAt) implements HolidayEvent {
    }

    record Cancelled(Instant occurredAt) implements HolidayEvent {
    }
}
