package energy.mwolo.geo.agencies.web;

import energy.mwolo.geo.agencies.application.AgencyQuery;
import energy.mwolo.geo.agencies.application.BrowsingAgencies;
import energy.mwolo.geo.agencies.application.ClosingAgency;
import energy.mwolo.geo.agencies.application.OpeningAgency;
import energy.mwolo.geo.agencies.application.RevisingAgency;
import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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

/** Agencies: filters {@code province}, {@code territory}, {@code is_active}, {@code search}, {@code ordering}. */
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

    private static final String PATH = "/api/agencies/";

    private final BrowsingAgencies browsing;
    private final OpeningAgency opening;
    private final RevisingAgency revising;
    private final ClosingAgency closing;

    AgencyController(BrowsingAgencies browsing, OpeningAgency opening, RevisingAgency revising,
                     ClosingAgency closing) {
        this.browsing = browsing;
        this.opening = opening;
        this.revising = revising;
        this.closing = closing;
    }

    @Operation(summary = "Lister les agences")
    @GetMapping({"", "/"})
    PageResponse<AgencyResponse> list(@RequestParam(required = false) UUID province,
                                      @RequestParam(required = false) UUID territory,
                                      @RequestParam(name = "is_active", required = false) Boolean active,
                                      @RequestParam(required = false) String search,
                                      @RequestParam(required = false) String ordering,
                                      PageQuery page, CurrentUser user) {
        AgencyQuery query = browsing.query(province, territory, active, search, ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(AgencyResponse::from);
    }

    @Operation(summary = "Consulter une agence")
    @GetMapping({"/{id}", "/{id}/"})
    AgencyResponse get(@PathVariable UUID id, CurrentUser user) {
        return AgencyResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Ouvrir une agence")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<AgencyResponse> open(
            @RequestBody @Validated({Default.class, Complete.class}) AgencyRequest request, CurrentUser user) {
        UUID id = opening.open(request.draft(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Remplacer la fiche d'une agence")
    @PutMapping({"/{id}", "/{id}/"})
    AgencyResponse replace(@PathVariable UUID id,
            @RequestBody @Validated({Default.class, Complete.class}) AgencyRequest request, CurrentUser user) {
        revising.replace(new AgencyId(id), request.draft(), request.isActive(), user);
        return get(id, user);
    }

    @Operation(summary = "Modifier une partie de la fiche d'une agence")
    @PatchMapping({"/{id}", "/{id}/"})
    AgencyResponse amend(@PathVariable UUID id, @RequestBody @Valid AgencyRequest request, CurrentUser user) {
        revising.amend(new AgencyId(id), request.draft(), request.isActive(), user);
        return get(id, user);
    }

    /** Closes the agency: other services keep referring to it. Closing a closed agency is harmless. */
    @Operation(summary = "Fermer une agence")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> close(@PathVariable UUID id, CurrentUser user) {
        closing.close(new AgencyId(id), user);
        return ResponseEntity.noContent().build();
    }
}
