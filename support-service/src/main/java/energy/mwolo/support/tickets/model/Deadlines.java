package energy.mwolo.support.tickets.model;

/** A ticket's SLA deadlines; both null when the agency's calendar could not tell them. */
public record Deadlines(java.time.Instant firstResponse, java.time.Instant resolution) {

    public static final Deadlines NONE = new Deadlines(null, null);
}
