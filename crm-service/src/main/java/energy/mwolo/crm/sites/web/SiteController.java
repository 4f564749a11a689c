package energy.mwolo.crm.sites.web;

import energy.mwolo.crm.sites.application.BrowsingSites;
import energy.mwolo.crm.sites.application.ManagingSites;
import energy.mwolo.crm.sites.application.SiteQuery;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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

/** Service points: filters {@code client}, {@code is_active}, {@code search} (name, reference). */
@RestController
@RequestMapping("/api/crm/sites")
class SiteController {

    private final BrowsingSites browsing;
    private final ManagingSites managing;

    SiteController(BrowsingSites browsing, ManagingSites managing) {
        this.browsing = browsing;
        this.managing = managing;
    }

    @Operation(summary = "Lister les sites")
    @GetMapping({"", "/"})
    PageResponse<SiteResponse> list(@RequestParam(required = false) UUID client,
                                    @RequestParam(name = "is_active", required = false) Boolean active,
                                    @RequestParam(required = false) String search, PageQuery page,
                                    CurrentUser user) {
        SiteQuery query = browsing.query(client, active, search, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(SiteResponse::from);
    }

    @Operation(summary = "Consulter un site")
    @GetMapping({"/{id}", "/{id}/"})
    SiteResponse get(@PathVariable UUID id, CurrentUser user) {
        return SiteResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Enregistrer un site")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<SiteResponse> register(@RequestBody @Valid SiteRequest request, CurrentUser user) {
        UUID id = managing.register(request.client(), request.details(), user);
        return ResponseEntity.created(URI.create("/api/crm/sites/" + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Modifier une partie d'un site")
    @PatchMapping({"/{id}", "/{id}/"})
    SiteResponse amend(@PathVariable UUID id, @RequestBody @Valid SiteRequest request, CurrentUser user) {
        managing.revise(id, request::over, user);
        return get(id, user);
    }
}
