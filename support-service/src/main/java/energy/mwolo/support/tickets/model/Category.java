package energy.mwolo.support.tickets.model;

/** What a ticket is about. */
public enum Category {
    OUTAGE, BILLING, METER, CONNECTION, OTHER
}
