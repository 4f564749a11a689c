package energy.mwolo.support.tickets.model;

/**
 * open -> in_progress -> waiting_customer -> resolved -> closed. Staff may resolve from any active status, and a
 * customer's reply brings waiting_customer back to in_progress. Reopening (resolved or closed, back to in_progress)
 * is {@link Ticket#reopen}'s, within the reopen period.
 */
public enum TicketStatus {
    OPEN, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CLOSED;

    /** Whether staff may move a ticket from this status to {@code next}. */
    public boolean mayMoveTo(TicketStatus next) {
        return switch (this) {
            case OPEN -> next == IN_PROGRESS || next == WAITING_CUSTOMER || next == RESOLVED;
            case IN_PROGRESS -> next == WAITING_CUSTOMER || next == RESOLVED;
            case WAITING_CUSTOMER -> next == IN_PROGRESS || next == RESOLVED;
            case RESOLVED -> next == CLOSED;
            case CLOSED -> false;
        };
    }

    /** Open, in progress or waiting for the customer: the ticket still needs work. */
    public boolean active() {
        return this == OPEN || this == IN_PROGRESS || this == WAITING_CUSTOMER;
    }
}
