package energy.mwolo.operations.disconnections.model;

import java.time.Instant;

/** One agency's working hours from the company calendar (weekdays, public holidays, its own hours). */
public interface WorkingTime {

    boolean isWorkingTime(Instant instant);

    /** The instant itself when it is working time, else the start of the next working interval. */
    Instant nextWorkingTime(Instant instant);
}
