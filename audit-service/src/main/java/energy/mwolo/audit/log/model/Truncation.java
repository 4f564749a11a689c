package energy.mwolo.audit.log.model;

/**
 * Which parts of an event the log shortened to fit its {@link EventLimits}: a header (event id, type, source,
 * subject or actor) or the payload. Hashed from canonical form version 2 on.
 */
public record Truncation(boolean headers, boolean payload) {

    public static final Truncation NONE = new Truncation(false, false);

    public boolean any() {
        return headers || payload;
    }
}
