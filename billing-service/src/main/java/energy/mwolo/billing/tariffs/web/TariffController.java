package energy.mwolo.billing.tariffs.web;

import energy.mwolo.billing.tariffs.application.BrowsingTariffs;
import energy.mwolo.billing.tariffs.application.DefiningTariff;
import energy.mwolo.billing.tariffs.application.RevisingTariff;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tariff catalogue: every tariff with its versions; accountants add tariffs and new versions from a date. */
@RestController
@RequestMapping("/api/billing/tariffs")
class TariffController {

    private static final String PATH = "/api/billing/tariffs/";

    private final BrowsingTariffs browsing;
    private final DefiningTariff defining;
    private final RevisingTariff revising;

    TariffController(BrowsingTariffs browsing, DefiningTariff defining, RevisingTariff revising) {
        this.browsing = browsing;
        this.defining = defining;
        this.revising = revising;
    }

    @Operation(summary = "Lister les tarifs")
    @GetMapping({"", "/"})
    List<TariffResponse> list(CurrentUser user) {
        return browsing.all(user).stream().map(TariffResponse::from).toList();
    }

    @Operation(summary = "Consulter un tarif et ses versions")
    @GetMapping({"/{code}", "/{code}/"})
    TariffResponse get(@PathVariable String code, CurrentUser user) {
        return TariffResponse.from(browsing.show(code, user));
    }

    @Operation(summary = "Définir un tarif")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<TariffResponse> define(@RequestBody @Valid TariffRequest request, CurrentUser user) {
        Tariff tariff = defining.define(request.code(), request.name(), request.currency(), request.version().draft(),
                user);
        return ResponseEntity.created(URI.create(PATH + tariff.code().value() + "/")).body(TariffResponse.from(tariff));
    }

    @Operation(summary = "Ajouter une version datée à un tarif")
    @PostMapping({"/{code}/versions", "/{code}/versions/"})
    @Idempotent(required = true)
    ResponseEntity<TariffResponse> addVersion(@PathVariable String code, @RequestBody @Valid VersionRequest request,
                                              CurrentUser user) {
        Tariff tariff = revising.addVersion(code, request.draft(), user);
        return ResponseEntity.created(URI.create(PATH + tariff.code().value() + "/")).body(TariffResponse.from(tariff));
    }
}
