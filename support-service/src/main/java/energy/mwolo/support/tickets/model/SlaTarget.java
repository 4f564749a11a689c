package energy.mwolo.support.tickets.model;

/** The two deadlines of a ticket. */
public enum SlaTarget {
    FIRST_RESPONSE, RESOLUTION
}
