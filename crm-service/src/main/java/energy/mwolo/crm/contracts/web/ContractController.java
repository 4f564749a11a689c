package energy.mwolo.crm.contracts.web;

import energy.mwolo.crm.contracts.application.BrowsingContracts;
import energy.mwolo.crm.contracts.application.ContractQuery;
import energy.mwolo.crm.contracts.application.DraftingContract;
import energy.mwolo.crm.contracts.application.ManagingContract;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts: filters {@code client}, {@code site}, {@code status}, {@code contract_type}; ordering
 * {@code start_date}, {@code created_at}; actions activate, suspend, terminate.
 */
@RestController
@RequestMapping("/api/crm/contracts")
class ContractController {

    private final BrowsingContracts browsing;
    private final DraftingContract drafting;
    private final ManagingContract managing;

    ContractController(BrowsingContracts browsing, DraftingContract drafting, ManagingContract managing) {
        this.browsing = browsing;
        this.drafting = drafting;
        this.managing = managing;
    }

    @Operation(summary = "Lister les contrats")
    @GetMapping({"", "/"})
    PageResponse<ContractResponse> list(@RequestParam(required = false) UUID client,
                                        @RequestParam(required = false) UUID site,
                                        @RequestParam(required = false) String status,
                                        @RequestParam(name = "contract_type", required = false) String type,
                                        @RequestParam(required = false) String ordering,
                                        PageQuery page, CurrentUser user) {
        ContractQuery query = browsing.query(client, site, status, type, ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(ContractResponse::from);
    }

    @Operation(summary = "Consulter un contrat")
    @GetMapping({"/{id}", "/{id}/"})
    ContractResponse get(@PathVariable UUID id, CurrentUser user) {
        return ContractResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Rédiger un contrat")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<ContractResponse> draft(@RequestBody ContractRequest request, CurrentUser user) {
        UUID id = drafting.draft(request.client(), request.site(), request.terms(), user);
        return ResponseEntity.created(URI.create("/api/crm/contracts/" + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Modifier un contrat en brouillon")
    @PatchMapping({"/{id}", "/{id}/"})
    ContractResponse amend(@PathVariable UUID id, @RequestBody ContractRequest request, CurrentUser user) {
        managing.revise(id, request::over, user);
        return get(id, user);
    }

    @Operation(summary = "Activer un contrat")
    @PostMapping({"/{id}/activate", "/{id}/activate/"})
    @Idempotent
    ContractResponse activate(@PathVariable UUID id, CurrentUser user) {
        managing.activate(id, user);
        return get(id, user);
    }

    @Operation(summary = "Suspendre un contrat")
    @PostMapping({"/{id}/suspend", "/{id}/suspend/"})
    @Idempotent
    ContractResponse suspend(@PathVariable UUID id, CurrentUser user) {
        managing.suspend(id, user);
        return get(id, user);
    }

    @Operation(summary = "Résilier un contrat")
    @PostMapping({"/{id}/terminate", "/{id}/terminate/"})
    @Idempotent
    ContractResponse terminate(@PathVariable UUID id, CurrentUser user) {
        managing.terminate(id, user);
        return get(id, user);
    }
}
