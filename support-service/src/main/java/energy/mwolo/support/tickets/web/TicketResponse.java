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

/** A ticket on the wire; {@code messages} and {@code assignments} only in the detail (null in lists). */
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

    record MessageResponse(UUID id, UUID author, String authorKind, String body, boolean internal,
                           Instant postedAt) {

        static MessageResponse from(TicketMessage message) {
            return new MessageResponse(message.id(), message.author(), Codes.of(message.authorKind()),
                    message.body(), message.internal(), message.postedAt());
        }
    }

    record AssignmentResponse(UUID agent, UUID team, boolean automatic, UUID assignedBy, Instant assignedAt) {

        static AssignmentResponse from(Assignment assignment) {
            return new AssignmentResponse(assignment.agent(), assignment.team(), assignment.automatic(),
                    assignment.by(), assignment.at());
        }
    }
}
