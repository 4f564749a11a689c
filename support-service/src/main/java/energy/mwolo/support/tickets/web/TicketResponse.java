package energy.mwolo.support.tickets.web;

import energy.mwolo.support.kernel.Codes;
import energy.mwolo.support.tickets.application.TicketView;
import energy.mwolo.support.tickets.model.Assignment;
import energy.mwolo.support.tickets.model.SlaState;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A support ticket with its SLA deadlines; {@code messages} and {@code assignments} only in the detail (null in
 * lists). A client sees only its own tickets; times are ISO-8601 instants (UTC), deadlines counted in the working
 * hours of the client's agency.
 *
 * @param id the ticket's identifier
 * @param number the ticket's number, such as {@code TK-2027-000042}: the year it was opened (Kinshasa time), then a
 *     six-digit sequence
 * @param client the CRM client the ticket is for
 * @param site the client's site (service point) concerned; null when none was named
 * @param agency the geo-service agency of the client when the ticket was opened; null when crm had not filed one
 *     (the ticket then has no deadlines and no automatic assignment)
 * @param category {@code outage}, {@code billing}, {@code meter}, {@code connection} or {@code other}
 * @param priority {@code low}, {@code normal}, {@code high} or {@code critical}
 * @param priorityRank the priority as a number for sorting by severity: 1 ({@code low}) to 4 ({@code critical})
 * @param status {@code open}, {@code in_progress}, {@code waiting_customer}, {@code resolved} or {@code closed}
 * @param subject the one-line summary
 * @param description what happened, as the opener wrote it
 * @param invoice the billing invoice disputed; null when none
 * @param meter the operations meter concerned; null when none
 * @param openedBy the identity-service user who opened the ticket (the client's account or a staff member)
 * @param openedAt when the ticket was opened
 * @param assignee the identity-service user id of the agent holding the ticket; null when a team holds it without an
 *     agent, or nobody does
 * @param team the geo-service agency whose support team holds the ticket; null when nobody holds it
 * @param firstResponseDue the deadline for staff's first reply (by default 1, 4, 8 or 16 working hours for
 *     critical, high, normal, low); pushed back by the time the clock stood still; null when there is no deadline
 * @param firstRespondedAt when staff first replied (an internal note does not count); null until then
 * @param resolutionDue the deadline for resolving the ticket (by default 4, 16, 40 or 80 working hours for
 *     critical, high, normal, low); pushed back like {@code first_response_due}; null when there is no deadline
 * @param slaPaused whether the SLA clock stands still now: while the ticket waits for the client, is resolved or
 *     closed
 * @param firstResponseBreached whether the first-response deadline passed without a reply (recorded once)
 * @param resolutionBreached whether the resolution deadline passed while the ticket was still active (recorded once)
 * @param resolvedAt when the ticket was resolved; null unless {@code status} is {@code resolved} or {@code closed}
 *     (reopening clears it)
 * @param closedAt when the ticket was closed; null unless {@code status} is {@code closed}
 * @param messages the messages in the order written, oldest first; internal notes only for support staff; null in
 *     lists
 * @param assignments every assignment of the ticket, oldest first, for support staff (empty for anyone else); null
 *     in lists
 */
record TicketResponse(UUID id, String number, UUID client, UUID site, UUID agency, String category, String priority,
                      int priorityRank, String status, String subject, String description, UUID invoice, UUID meter,
                      UUID openedBy, Instant openedAt, UUID assignee, UUID team, Instant firstResponseDue,
                      Instant firstRespondedAt, Instant resolutionDue, boolean slaPaused,
                      boolean firstResponseBreached, boolean resolutionBreached, Instant resolvedAt,
                      Instant closedAt, List<MessageResponse> messages, List<AssignmentResponse> assignments) {

    static TicketResponse summary(Ticket ticket) {
        return of(ticket, null, null);
    }

    static TicketResponse detail(TicketView view) {
        return of(view.ticket(), view.messages().stream().map(MessageResponse::from).toList(),
                view.assignments().stream().map(AssignmentResponse::from).toList());
    }

    private static TicketResponse of(Ticket ticket, List<MessageResponse> messages,
                                     List<AssignmentResponse> assignments) {
        SlaState sla = ticket.sla();
        Assignment holder = ticket.assignment();
        return new TicketResponse(ticket.id().value(), ticket.number(), ticket.facts().client(),
                ticket.facts().site(), ticket.facts().agency(), Codes.of(ticket.facts().category()),
                Codes.of(ticket.priority()), ticket.priority().rank(), Codes.of(ticket.status()),
                ticket.facts().subject(), ticket.facts().description(), ticket.facts().invoice(),
                ticket.facts().meter(), ticket.openedBy(), ticket.openedAt(),
                holder == null ? null : holder.agent(), holder == null ? null : holder.team(),
                sla.firstResponseDue(), sla.firstRespondedAt(), sla.resolutionDue(), sla.pausedAt() != null,
                sla.flags().firstResponseBreached(), sla.flags().resolutionBreached(), ticket.resolvedAt(),
                ticket.closedAt(), messages, assignments);
    }

    /**
     * One message of a ticket.
     *
     * @param id the message's identifier
     * @param author the identity-service user who wrote it; null for a message from the system
     * @param authorKind who wrote it: {@code client}, {@code staff} or {@code system} (e.g. a note of operations'
     *     meter events)
     * @param body the message's text
     * @param internal whether it is an internal note between staff (never shown to the client)
     * @param postedAt when it was written (ISO-8601, UTC)
     */
    record MessageResponse(UUID id, UUID author, String authorKind, String body, boolean internal,
                           Instant postedAt) {

        static MessageResponse from(TicketMessage message) {
            return new MessageResponse(message.id(), message.author(), Codes.of(message.authorKind()),
                    message.body(), message.internal(), message.postedAt());
        }
    }

    /**
     * One time the ticket was given to an agent or a team; the last one is who holds it now.
     *
     * @param agent the identity-service user id of the agent given the ticket; null when it went to a team only
     * @param team the geo-service agency whose support team was given the ticket; null when it went to an agent only
     * @param automatic whether the round robin gave it at opening rather than a staff member
     * @param assignedBy the identity-service user who assigned it; null for an automatic assignment
     * @param assignedAt when it was assigned (ISO-8601, UTC)
     */
    record AssignmentResponse(UUID agent, UUID team, boolean automatic, UUID assignedBy, Instant assignedAt) {

        static AssignmentResponse from(Assignment assignment) {
            return new AssignmentResponse(assignment.agent(), assignment.team(), assignment.automatic(),
                    assignment.by(), assignment.at());
        }
    }
}
