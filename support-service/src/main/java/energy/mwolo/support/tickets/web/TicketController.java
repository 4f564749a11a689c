package energy.mwolo.support.tickets.web;

import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import energy.mwolo.support.kernel.Codes;
import energy.mwolo.support.kernel.InvalidField;
import energy.mwolo.support.tickets.application.AssigningTicket;
import energy.mwolo.support.tickets.application.BrowsingTickets;
import energy.mwolo.support.tickets.application.MovingTicket;
import energy.mwolo.support.tickets.application.OpeningRequest;
import energy.mwolo.support.tickets.application.OpeningTicket;
import energy.mwolo.support.tickets.application.TicketQuery;
import energy.mwolo.support.tickets.application.WritingMessage;
import energy.mwolo.support.tickets.model.Category;
import energy.mwolo.support.tickets.model.Priority;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketStatus;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets: filters {@code status}, {@code category}, {@code priority}, {@code client}, {@code agency},
 * {@code assignee}, {@code search} (subject or number); {@code ordering} {@code -priority} (default: most severe
 * first, then oldest), {@code opened_at}, {@code -opened_at}.
 */
@RestController
@RequestMapping("/api/support/tickets")
class TicketController {

    private static final String PATH = "/api/support/tickets/";

    private final BrowsingTickets browsing;
    private final OpeningTicket opening;
    private final WritingMessage writing;
    private final MovingTicket moving;
    private final AssigningTicket assigning;

    TicketController(BrowsingTickets browsing, OpeningTicket opening, WritingMessage writing, MovingTicket moving,
                     AssigningTicket assigning) {
        this.browsing = browsing;
        this.opening = opening;
        this.writing = writing;
        this.moving = moving;
        this.assigning = assigning;
    }

    /**
     * A support ticket to open, for a client or by a client. Its SLA deadlines follow from its priority, and it goes at
     * once to the next available agent of the client's agency taking its category, else to that agency's team.
     *
     * @param client the CRM client the ticket is for: required from staff (a client crm announced); ignored when a
     *     client opens a ticket, which is always for the client its account is linked to
     * @param site the client's site (service point) concerned; optional; a site of another client is a 400
     * @param category what the ticket is about, required: {@code outage}, {@code billing}, {@code meter},
     *     {@code connection} or {@code other}
     * @param priority {@code low}, {@code normal}, {@code high} or {@code critical}; null means {@code normal}; a
     *     client may choose {@code high} or {@code critical} only for an {@code outage}
     * @param subject a one-line summary, required, 200 characters at most
     * @param description what happened, in the opener's words, required, 10,000 characters at most
     * @param invoice the billing invoice disputed, for a billing ticket; optional
     * @param meter the operations meter concerned, for an outage or meter ticket; optional
     */
    record TicketBody(UUID client, UUID site, @NotBlank String category, String priority,
                      @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 10000) String description,
                      UUID invoice, UUID meter) {

        OpeningRequest request() {
            return new OpeningRequest(client, site, Codes.parse(Category.class, category, "category"),
                    Codes.parseOrNull(Priority.class, priority, "priority"), subject.strip(), description.strip(),
                    invoice, meter);
        }
    }

    /**
     * A message written on a ticket by its client or by staff. A closed ticket takes no message (409). Staff's first
     * public reply meets the first-response deadline; a client's reply to a ticket waiting for it resumes the work.
     *
     * @param body the message, required, 10,000 characters at most
     * @param internal {@code true} for an internal note between staff, never shown to the client (a client sending
     *     {@code true} gets a 400); null means {@code false}
     */
    record MessageBody(@NotBlank @Size(max = 10000) String body, Boolean internal) {
    }

    /**
     * The status staff move a ticket to. Reopening a resolved or closed ticket has its own operation.
     *
     * @param status the next status, required: {@code in_progress}, {@code waiting_customer} (the SLA clock stops
     *     until the client answers), {@code resolved} (from any active status) or {@code closed} (from
     *     {@code resolved}); any other step is a 409, the current status changes nothing
     */
    record StatusBody(@NotBlank String status) {
    }

    /**
     * Whom staff give an active ticket to: an agent, an agency's team, or an agent within a team; at least one.
     *
     * @param agent the identity-service user id of a recorded support agent; an unknown one is a 400
     * @param team the geo-service agency whose support team takes the ticket; null with an agent means the agent's
     *     agency
     */
    record AssignmentBody(UUID agent, UUID team) {
    }


    @Operation(summary = "Lister les tickets")
    @GetMapping({"", "/"})
    PageResponse<TicketResponse> list(@RequestParam(required = false) String status,
                                      @RequestParam(required = false) String category,
                                      @RequestParam(required = false) String priority,
                                      @RequestParam(required = false) UUID client,
                                      @RequestParam(required = false) UUID agency,
                                      @RequestParam(required = false) UUID assignee,
                                      @RequestParam(required = false) String search,
                                      @RequestParam(required = false) String ordering,
                                      PageQuery page, CurrentUser user) {
        TicketQuery query = browsing.scoped(new TicketQuery(Codes.parseOrNull(TicketStatus.class, status, "status"),
                Codes.parseOrNull(Category.class, category, "category"),
                Codes.parseOrNull(Priority.class, priority, "priority"), client, agency, assignee, search, Set.of(),
                ordering(ordering)), user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(TicketResponse::summary);
    }

    @Operation(summary = "Consulter un ticket et ses messages")
    @GetMapping({"/{id}", "/{id}/"})
    TicketResponse get(@PathVariable UUID id, CurrentUser user) {
        return TicketResponse.detail(browsing.show(new TicketId(id), user));
    }

    @Operation(summary = "Ouvrir un ticket")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<TicketResponse> open(@RequestBody @Valid TicketBody body, CurrentUser user) {
        TicketId id = opening.open(body.request(), user);
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id.value(), user));
    }

    @Operation(summary = "Écrire un message sur un ticket")
    @PostMapping({"/{id}/messages", "/{id}/messages/"})
    @Idempotent
    ResponseEntity<TicketResponse> write(@PathVariable UUID id, @RequestBody @Valid MessageBody body,
                                         CurrentUser user) {
        writing.write(new TicketId(id), body.body().strip(), Boolean.TRUE.equals(body.internal()), user);
        return ResponseEntity.status(201).body(get(id, user));
    }

    @Operation(summary = "Changer le statut d'un ticket")
    @PostMapping({"/{id}/status", "/{id}/status/"})
    @Idempotent
    TicketResponse move(@PathVariable UUID id, @RequestBody @Valid StatusBody body, CurrentUser user) {
        moving.move(new TicketId(id), Codes.parse(TicketStatus.class, body.status(), "status"), user);
        return get(id, user);
    }

    @Operation(summary = "Rouvrir un ticket")
    @PostMapping({"/{id}/reopen", "/{id}/reopen/"})
    @Idempotent
    TicketResponse reopen(@PathVariable UUID id, CurrentUser user) {
        moving.reopen(new TicketId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Attribuer un ticket à un agent")
    @PostMapping({"/{id}/assign", "/{id}/assign/"})
    @Idempotent
    TicketResponse assign(@PathVariable UUID id, @RequestBody AssignmentBody body, CurrentUser user) {
        assigning.assign(new TicketId(id), body.agent(), body.team(), user);
        return get(id, user);
    }

    private static TicketQuery.Ordering ordering(String ordering) {
        if (ordering == null || ordering.isBlank() || ordering.strip().equals("-priority")) {
            return TicketQuery.Ordering.PRIORITY;
        }
        return switch (ordering.strip()) {
            case "opened_at" -> TicketQuery.Ordering.OLDEST;
            case "-opened_at" -> TicketQuery.Ordering.NEWEST;
            default -> throw new InvalidField("ordering", "support.validation.unknown_code", ordering);
        };
    }
}
