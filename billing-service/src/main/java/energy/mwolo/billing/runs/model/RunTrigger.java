package energy.mwolo.billing.runs.model;

/** Who started a run: an accountant, or the monthly schedule. */
public enum RunTrigger {
    MANUAL, SCHEDULE
}
