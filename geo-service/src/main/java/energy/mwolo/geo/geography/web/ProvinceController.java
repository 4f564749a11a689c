package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.ProvinceAdministration;
import energy.mwolo.geo.geography.application.GeographyDirectory;
import energy.mwolo.geo.geography.model.ProvinceId;
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

/** Provinces, filtered by {@code ?country=}. */
@RestController
@RequestMapping("/api/geo/provinces")
class ProvinceController {

    private static final String PATH = "/api/geo/provinces/";

    private final ProvinceAdministration administration;
    private final GeographyDirectory directory;

    ProvinceController(ProvinceAdministration administration, GeographyDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @Operation(summary = "Lister les provinces")
    @GetMapping({"", "/"})
    PageResponse<ProvinceResponse> list(@RequestParam(required = false) UUID country, PageQuery page) {
        return PageResponse.of(page, directory.countProvinces(country),
                directory.provinces(country, page.offset(), page.limit())).map(ProvinceResponse::from);
    }

    @Operation(summary = "Consulter une province")
    @GetMapping({"/{id}", "/{id}/"})
    ProvinceResponse get(@PathVariable UUID id) {
        return directory.province(id).map(ProvinceResponse::from)
                .orElseThrow(() -> new PlaceNotFound(PlaceKind.PROVINCE, id));
    }

    @Operation(summary = "Créer une province")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<ProvinceResponse> create(
            @RequestBody @Validated({Default.class, Complete.class}) ProvinceRequest request, CurrentUser user) {
        UUID id = administration.register(request.details(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id));
    }

    @Operation(summary = "Remplacer une province")
    @PutMapping({"/{id}", "/{id}/"})
    ProvinceResponse replace(@PathVariable UUID id,
            @RequestBody @Validated({Default.class, Complete.class}) ProvinceRequest request, CurrentUser user) {
        administration.revise(new ProvinceId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Modifier une partie d'une province")
    @PatchMapping({"/{id}", "/{id}/"})
    ProvinceResponse amend(@PathVariable UUID id, @RequestBody @Valid ProvinceRequest request, CurrentUser user) {
        administration.revise(new ProvinceId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Supprimer une province")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        administration.remove(new ProvinceId(id), user);
        return ResponseEntity.noContent().build();
    }
}
