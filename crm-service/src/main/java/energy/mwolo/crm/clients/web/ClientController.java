package energy.mwolo.crm.clients.web;

import energy.mwolo.crm.clients.application.BrowsingClients;
import energy.mwolo.crm.clients.application.ClientQuery;
import energy.mwolo.crm.clients.application.ManagingClient;
import energy.mwolo.crm.clients.application.RegisteringClient;
import energy.mwolo.crm.clients.model.ClientStatus;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients: filters {@code agency}, {@code status}, {@code email}, {@code search}, {@code ordering}. */
@RestController
@RequestMapping("/api/crm/clients")
class ClientController {

    private final BrowsingClients browsing;
    private final RegisteringClient registering;
    private final ManagingClient managing;

    ClientController(BrowsingClients browsing, RegisteringClient registering, ManagingClient managing) {
        this.browsing = browsing;
        this.registering = registering;
        this.managing = managing;
    }

    @Operation(summary = "Lister les clients")
    @GetMapping({"", "/"})
    PageResponse<ClientResponse> list(@RequestParam(required = false) UUID agency,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String email,
                                      @RequestParam(required = false) String search,
                                      @RequestParam(required = false) String ordering,
                                      PageQuery page, CurrentUser user) {
        ClientQuery query = browsing.query(agency, status, email, search, ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(ClientResponse::from);
    }

    @Operation(summary = "Consulter sa propre fiche client")
    @GetMapping({"/me", "/me/"})
    ClientResponse mine(CurrentUser user) {
        return ClientResponse.from(browsing.mine(user));
    }

    @Operation(summary = "Consulter un client")
    @GetMapping({"/{id}", "/{id}/"})
    ClientResponse get(@PathVariable UUID id, CurrentUser user) {
        return ClientResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Enregistrer un client")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<ClientResponse> register(@RequestBody @Valid ClientRequest request, CurrentUser user) {
        UUID id = registering.register(request.details(), user);
        return ResponseEntity.created(URI.create("/api/crm/clients/" + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Modifier une partie de la fiche d'un client")
    @PatchMapping({"/{id}", "/{id}/"})
    ClientResponse amend(@PathVariable UUID id, @RequestBody @Valid ClientRequest request, CurrentUser user) {
        managing.amend(id, request.changesDetails() ? request::over : null,
                request.status() == null ? null : ClientStatus.of(request.status()), user);
        return get(id, user);
    }

    @Operation(summary = "Remplacer la fiche d'un client")
    @PutMapping({"/{id}", "/{id}/"})
    ClientResponse replace(@PathVariable UUID id, @RequestBody @Valid ClientRequest request, CurrentUser user) {
        managing.revise(id, current -> request.details(), user);
        return get(id, user);
    }

    /** Closes the client: its contracts and history keep referring to it, so it is never deleted. */
    @Operation(summary = "Clôturer un client")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> close(@PathVariable UUID id, CurrentUser user) {
        managing.close(id, user);
        return ResponseEntity.noContent().build();
    }
}
