package energy.mwolo.platform.calendar;

/**
 * Half of a working day, for leave that starts or ends at midday. A half day counts 0.5 of a working day
 * whatever the day's hours are (a Saturday of morning hours is a whole working day, its half 0.5).
 */
public enum DayPart {
    MORNING,
    AFTERNOON
}
