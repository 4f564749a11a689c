package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CountryAdministration;
import energy.mwolo.geo.geography.application.GeographyDirectory;
import energy.mwolo.geo.geography.model.CountryId;
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

/** Countries: ISO 3166-1 alpha-2 codes. */
@RestController
@RequestMapping("/api/geo/countries")
class CountryController {

    private static final String PATH = "/api/geo/countries/";

    private final CountryAdministration administration;
    private final GeographyDirectory directory;

    CountryController(CountryAdministration administration, GeographyDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @Operation(summary = "Lister les pays")
    @GetMapping({"", "/"})
    PageResponse<CountryResponse> list(PageQuery page) {
        return PageResponse.of(page, directory.countCountries(),
                directory.countries(page.offset(), page.limit())).map(CountryResponse::from);
    }

    @Operation(summary = "Consulter un pays")
    @GetMapping({"/{id}", "/{id}/"})
    CountryResponse get(@PathVariable UUID id) {
        return directory.country(id).map(CountryResponse::from)
                .orElseThrow(() -> new PlaceNotFound(PlaceKind.COUNTRY, id));
    }

    @Operation(summary = "Créer un pays")
    @PostMapping({"", "/"})
    @Idempotent
    ResponseEntity<CountryResponse> create(
            @RequestBody @Validated({Default.class, Complete.class}) CountryRequest request, CurrentUser user) {
        UUID id = administration.register(request.details(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id));
    }

    @Operation(summary = "Remplacer un pays")
    @PutMapping({"/{id}", "/{id}/"})
    CountryResponse replace(@PathVariable UUID id,
            @RequestBody @Validated({Default.class, Complete.class}) CountryRequest request, CurrentUser user) {
        administration.revise(new CountryId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Modifier une partie d'un pays")
    @PatchMapping({"/{id}", "/{id}/"})
    CountryResponse amend(@PathVariable UUID id, @RequestBody @Valid CountryRequest request, CurrentUser user) {
        administration.revise(new CountryId(id), request.details(), user);
        return get(id);
    }

    @Operation(summary = "Supprimer un pays")
    @DeleteMapping({"/{id}", "/{id}/"})
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        administration.remove(new CountryId(id), user);
        return ResponseEntity.noContent().build();
    }
}
