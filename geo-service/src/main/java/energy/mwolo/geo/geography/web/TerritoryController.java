package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.TerritoryAdministration;
import energy.mwolo.geo.geography.application.GeographyDirectory;
import energy.mwolo.geo.geography.model.TerritoryId;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.PlaceNotFound;
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

/** Territories, filtered by {@code ?commune=} and {@code ?province=}. */
@RestController
@RequestMapping("/api/geo/territories")
class TerritoryController {

    private static final String PATH = "/api/geo/territories/";

    private final TerritoryAdministration administration;
    private final GeographyDirectory directory;

    TerritoryController(TerritoryAdministration administration, GeographyDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @Operation(summary = "Lister les territoires")
    @GetMapping({"", "/"})
    PageResponse<TerritoryResponse> list(@RequestParam(required = false) UUID commune,
            @RequestParam(required = false) UUID province, PageQuery page) {
        return PageResponse.of(page, directory.countTerritories(commune, province),
                directory.territories(commune, province, page.offset(), page.limit())).map(TerritoryResponse::from);
    }

    @Operation(summary = "Consulter un territoire")
    @GetMapping({"/{id}", "/{id}/"})
    TerritoryResponse get(@PathVariable UUID id) {
        return directory.territory(id).map(TerritoryResponse::from)
                .orElseThrow(() -> new PlaceNotFound(PlaceKind.TERRITORY, id));
    }

    @Operation(summary = "Créer un territoire")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<TerritoryResponse> create(
            @RequestBody @Validated({Default.class, Complete.class}) TerritoryRequest request, CurrentUser user) {
        UUID id = administration.register(request.details(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id));
    }

    @Operation(summary = "Remplacer un territoire")
    @PutMapping({"/{id}", "/{id}/"})
    TerritoryResponse replace(@PathVariable UUID id,
            @RequestBody @Validated({Default.class, Complete.class}) TerritoryRequest request, CurrentUser user) {
        administration.revise(new TerritoryId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Modifier une partie d'un territoire")
    @PatchMapping({"/{id}", "/{id}/"})
    TerritoryResponse amend(@PathVariable UUID id, @RequestBody @Valid TerritoryRequest request, CurrentUser user) {
        administration.revise(new TerritoryId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Supprimer un territoire")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        administration.remove(new TerritoryId(id), user);
        return ResponseEntity.noContent().build();
    }
}
