package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.NationalityAdministration;
import energy.mwolo.geo.geography.application.GeographyDirectory;
import energy.mwolo.geo.geography.model.NationalityId;
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

/** Nationalities, filtered by {@code ?country=}. */
@RestController
@RequestMapping("/api/geo/nationalities")
class NationalityController {

    private static final String PATH = "/api/geo/nationalities/";

    private final NationalityAdministration administration;
    private final GeographyDirectory directory;

    NationalityController(NationalityAdministration administration, GeographyDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @Operation(summary = "Lister les nationalités")
    @GetMapping({"", "/"})
    PageResponse<NationalityResponse> list(@RequestParam(required = false) UUID country, PageQuery page) {
        return PageResponse.of(page, directory.countNationalities(country),
                directory.nationalities(country, page.offset(), page.limit())).map(NationalityResponse::from);
    }

    @Operation(summary = "Consulter une nationalité")
    @GetMapping({"/{id}", "/{id}/"})
    NationalityResponse get(@PathVariable UUID id) {
        return directory.nationality(id).map(NationalityResponse::from)
                .orElseThrow(() -> new PlaceNotFound(PlaceKind.NATIONALITY, id));
    }

    @Operation(summary = "Créer une nationalité")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<NationalityResponse> create(
            @RequestBody @Validated({Default.class, Complete.class}) NationalityRequest request, CurrentUser user) {
        UUID id = administration.register(request.details(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id));
    }

    @Operation(summary = "Remplacer une nationalité")
    @PutMapping({"/{id}", "/{id}/"})
    NationalityResponse replace(@PathVariable UUID id,
            @RequestBody @Validated({Default.class, Complete.class}) NationalityRequest request, CurrentUser user) {
        administration.revise(new NationalityId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Modifier une partie d'une nationalité")
    @PatchMapping({"/{id}", "/{id}/"})
    NationalityResponse amend(@PathVariable UUID id, @RequestBody @Valid NationalityRequest request, CurrentUser user) {
        administration.revise(new NationalityId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Supprimer une nationalité")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        administration.remove(new NationalityId(id), user);
        return ResponseEntity.noContent().build();
    }
}
