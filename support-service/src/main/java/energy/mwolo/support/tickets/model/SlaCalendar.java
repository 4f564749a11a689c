package energy.mwolo.support.tickets.model;

import java.time.Instant;

/** Working time of the ticket's agency, as far as a paused SLA clock needs it. */
public interface SlaCalendar {

    /**
     * The deadline after a pause from {@code pausedAt} to {@code resumedAt}: the working time that was left at the
     * pause, counted again from the resumption. A deadline already passed at the pause stays where it was.
     */
    Instant resume(Instant due, Instant pausedAt, Instant resumedAt);
}
