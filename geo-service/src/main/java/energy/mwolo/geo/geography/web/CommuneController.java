package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CommuneAdministration;
import energy.mwolo.geo.geography.application.GeographyDirectory;
import energy.mwolo.geo.geography.model.CommuneId;
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

/** Communes, filtered by {@code ?province=}. */
@RestController
@RequestMapping("/api/geo/communes")
class CommuneController {

    private static final String PATH = "/api/geo/communes/";

    private final CommuneAdministration administration;
    private final GeographyDirectory directory;

    CommuneController(CommuneAdministration administration, GeographyDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @Operation(summary = "Lister les communes")
    @GetMapping({"", "/"})
    PageResponse<CommuneResponse> list(@RequestParam(required = false) UUID province, PageQuery page) {
        return PageResponse.of(page, directory.countCommunes(province),
                directory.communes(province, page.offset(), page.limit())).map(CommuneResponse::from);
    }

    @Operation(summary = "Consulter une commune")
    @GetMapping({"/{id}", "/{id}/"})
    CommuneResponse get(@PathVariable UUID id) {
        return directory.commune(id).map(CommuneResponse::from)
                .orElseThrow(() -> new PlaceNotFound(PlaceKind.COMMUNE, id));
    }

    @Operation(summary = "Créer une commune")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<CommuneResponse> create(
            @RequestBody @Validated({Default.class, Complete.class}) CommuneRequest request, CurrentUser user) {
        UUID id = administration.register(request.details(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id));
    }

    @Operation(summary = "Remplacer une commune")
    @PutMapping({"/{id}", "/{id}/"})
    CommuneResponse replace(@PathVariable UUID id,
            @RequestBody @Validated({Default.class, Complete.class}) CommuneRequest request, CurrentUser user) {
        administration.revise(new CommuneId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Modifier une partie d'une commune")
    @PatchMapping({"/{id}", "/{id}/"})
    CommuneResponse amend(@PathVariable UUID id, @RequestBody @Valid CommuneRequest request, CurrentUser user) {
        administration.revise(new CommuneId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Supprimer une commune")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        administration.remove(new CommuneId(id), user);
        return ResponseEntity.noContent().build();
    }
}
