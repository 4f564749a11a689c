package energy.mwolo.support.tickets.model;

/** Declared from the least to the most severe: {@link #rank()} sorts by severity, never by the code's alphabet. */
public enum Priority {
    LOW, NORMAL, HIGH, CRITICAL;

    /** 1 for low up to 4 for critical. */
    public int rank() {
        return ordinal() + 1;
    }

    /**
     * What a client may choose: up to normal, and high or critical for an outage (a client without power decides
     * how urgent that is; anything else is triaged by staff).
     */
    public boolean choosableByClientFor(Category category) {
        return category == Category.OUTAGE || compareTo(NORMAL) <= 0;
    }
}
