package energy.mwolo.billing.runs.model;

/**
 * running -> completed; running -> interrupted when its worker stopped (the instance went down) and a new run of
 * the month took over; running -> failed when it could not go on. API codes are the lowercase names.
 */
public enum RunStatus {
    RUNNING, COMPLETED, INTERRUPTED, FAILED
}
