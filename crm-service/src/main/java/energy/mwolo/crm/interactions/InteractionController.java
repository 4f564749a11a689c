package energy.mwolo.crm.interactions;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.kernel.Codes;
import energy.mwolo.crm.kernel.InvalidField;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's timeline: filters {@code client}, {@code type}, {@code author}; newest first. A customer sees only the
 * interactions staff made visible to it ({@code visibility: customer}), never who on the staff recorded them, and
 * cannot filter by author.
 */
@RestController
@RequestMapping("/api/crm/interactions")
class InteractionController {

    private final Interactions interactions;
    private final Clients clients;

    InteractionController(Interactions interactions, Clients clients) {
        this.interactions = interactions;
        this.clients = clients;
    }

    @Operation(summary = "Lister les interactions avec les clients")
    @GetMapping({"", "/"})
    PageResponse<Response> list(@RequestParam(required = false) UUID client,
                                @RequestParam(required = false) String type,
                                @RequestParam(required = false) UUID author, PageQuery page, CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        InteractionQuery query = new InteractionQuery(client, type, author, scope.ownClient(), scope.restricted());
        return PageResponse.of(page, interactions.count(query), interactions.find(query, page.offset(),
                page.limit())).map(i -> Response.from(i, scope.restricted()));
    }

    @Operation(summary = "Consulter une interaction")
    @GetMapping({"/{id}", "/{id}/"})
    Response get(@PathVariable UUID id, CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        return interactions.byId(id)
                .filter(i -> scope.allows(i.clientId()) && (!scope.restricted() || i.isVisibleToCustomer()))
                .map(i -> Response.from(i, scope.restricted()))
                .orElseThrow(() -> new InteractionNotFound(id));
    }

    @Operation(summary = "Enregistrer une interaction avec un client")
    @PostMapping({"", "/"})
    @Idempotent
    @Transactional
    public ResponseEntity<Response> record(@RequestBody @Valid Request request, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.CREATE);
        if (request.client() != null && clients.byId(request.client()).isEmpty()) {
            throw new InvalidField("client", "crm.client.not_found", request.client());
        }
        Instant now = Instant.now();
        Interaction interaction = new Interaction(Uuids.timeOrdered(), request.client(),
                request.type() == null ? null : Interaction.Type.of(request.type()),
                Interaction.Direction.ofNullable(request.direction()), request.summary(), user.userId(),
                request.occurredAt() == null ? now : request.occurredAt(), request.ticket(), request.invoice(), now,
                Interaction.Visibility.ofNullable(request.visibility()));
        interactions.add(interaction);
        return ResponseEntity.created(URI.create("/api/crm/interactions/" + interaction.id() + "/"))
                .body(Response.from(interaction, false));
    }

    /** Staff show an interaction to the client, or take it back: only its visibility changes. */
    @Operation(summary = "Montrer une interaction au client ou la lui retirer")
    @PatchMapping({"/{id}", "/{id}/"})
    @Transactional
    public Response changeVisibility(@PathVariable UUID id, @RequestBody @Valid VisibilityChange request,
                                     CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.UPDATE);
        Interaction.Visibility visibility = Interaction.Visibility.ofNullable(request.visibility());
        if (visibility == null) {
            throw new InvalidField("visibility", "crm.validation.required");
        }
        Interaction changed = interactions.byId(id).orElseThrow(() -> new InteractionNotFound(id))
                .withVisibility(visibility);
        interactions.changeVisibility(changed);
        return Response.from(changed, false);
    }

    /**
     * A contact with a client to put on its timeline; the signed-in staff member is its author.
     *
     * @param client     the CRM client contacted; required
     * @param type       {@code call}, {@code visit}, {@code email}, {@code sms} or {@code note}; required
     * @param direction  {@code inbound} (from the client) or {@code outbound} (to the client); optional
     * @param summary    what was said or done, at most 4000 characters; required
     * @param occurredAt when it happened, ISO-8601 UTC; now when absent
     * @param ticket     the support ticket it concerns; optional
     * @param invoice    the billing invoice it concerns; optional
     * @param visibility {@code internal} (staff only) or {@code customer} (the client sees it too); by default internal
     *                   for a note, customer otherwise
     */
    record Request(UUID client, String type, String direction, @Size(max = 4000) String summary,
                   Instant occurredAt, UUID ticket, UUID invoice, String visibility) {
    }

    /**
     * Shows an interaction to the client, or hides it again; nothing else about it changes.
     *
     * @param visibility {@code internal} (staff only) or {@code customer} (the client sees it too); required
     */
    record VisibilityChange(String visibility) {
    }

    /**
     * One contact with a client on its timeline. {@code author} is null in a customer's view: staff ids are not the
     * customer's business.
     *
     * @param id         the interaction's id
     * @param client     the CRM client contacted
     * @param type       {@code call}, {@code visit}, {@code email}, {@code sms} or {@code note}
     * @param direction  {@code inbound} (from the client) or {@code outbound} (to the client); null when not given
     * @param summary    what was said or done
     * @param author     the staff account that recorded it; null when the system did (a website lead, a support ticket)
     *                   and in a customer's view
     * @param occurredAt when it happened, ISO-8601 UTC
     * @param ticket     the support ticket it concerns; null when none
     * @param invoice    the billing invoice it concerns; null when none
     * @param createdAt  when it was recorded, ISO-8601 UTC
     * @param visibility {@code internal} (staff only) or {@code customer} (the client sees it too)
     */
    record Response(UUID id, UUID client, String type, String direction, String summary, UUID author,
                    Instant occurredAt, UUID ticket, UUID invoice, Instant createdAt, String visibility) {

        static Response from(Interaction i, boolean customerView) {
            return new Response(i.id(), i.clientId(), Codes.of(i.type()),
                    i.direction() == null ? null : Codes.of(i.direction()), i.summary(),
                    customerView ? null : i.authorId(), i.occurredAt(), i.ticketId(), i.invoiceId(), i.createdAt(),
                    Codes.of(i.visibility()));
        }
    }
}
