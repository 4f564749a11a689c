package energy.mwolo.operations.meters.web;

import energy.mwolo.operations.meters.application.BrowsingMeters;
import energy.mwolo.operations.meters.application.BrowsingMeters.MeterFilters;
import energy.mwolo.operations.meters.application.InstallingMeter;
import energy.mwolo.operations.meters.application.LinkingMeters;
import energy.mwolo.operations.meters.application.MeterQuery;
import energy.mwolo.operations.meters.model.MeterId;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meters: filters {@code site}, {@code contract}, {@code kind}, {@code relay_state}, {@code remote_relay},
 * {@code linked}, {@code search} (meter or serial number), {@code ordering}. Actions answer the meter as it is now.
 */
@RestController
@RequestMapping("/api/operations/meters")
class MeterController {

    private static final String PATH = "/api/operations/meters/";

    private final BrowsingMeters browsing;
    private final InstallingMeter installing;
    private final LinkingMeters linking;

    MeterController(BrowsingMeters browsing, InstallingMeter installing, LinkingMeters linking) {
        this.browsing = browsing;
        this.installing = installing;
        this.linking = linking;
    }

    @Operation(summary = "Lister les compteurs")
    @GetMapping({"", "/"})
    PageResponse<MeterResponse> list(@RequestParam(required = false) UUID site,
                                     @RequestParam(required = false) UUID contract,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(name = "relay_state", required = false) String relayState,
                                     @RequestParam(name = "remote_relay", required = false) Boolean remoteRelay,
                                     @RequestParam(required = false) Boolean linked,
                                     @RequestParam(required = false) String search,
                                     @RequestParam(required = false) String ordering,
                                     PageQuery page, CurrentUser user) {
        MeterQuery query = browsing.query(new MeterFilters(site, contract, kind, relayState, remoteRelay, linked,
                search), ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(MeterResponse::from);
    }

    @Operation(summary = "Consulter un compteur")
    @GetMapping({"/{id}", "/{id}/"})
    MeterResponse get(@PathVariable UUID id, CurrentUser user) {
        return MeterResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Installer un compteur")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<MeterResponse> install(@RequestBody @Valid MeterRequest request, CurrentUser user) {
        UUID id = installing.install(request.draft(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Relier un compteur à un contrat")
    @PostMapping({"/{id}/link", "/{id}/link/"})
    @Idempotent(required = true)
    MeterResponse link(@PathVariable UUID id, @RequestBody @Valid LinkRequest request, CurrentUser user) {
        linking.link(new MeterId(id), request.contract(), request.registerKwh(), request.linkedAt(), user);
        return get(id, user);
    }

    @Operation(summary = "Délier un compteur de son contrat")
    @PostMapping({"/{id}/unlink", "/{id}/unlink/"})
    @Idempotent(required = true)
    MeterResponse unlink(@PathVariable UUID id, @RequestBody @Valid UnlinkRequest request, CurrentUser user) {
        linking.unlink(new MeterId(id), request.registerKwh(), request.unlinkedAt(), user);
        return get(id, user);
    }

    /** Hands this meter's contract to the replacement; answers the replacement, which now measures it. */
    @Operation(summary = "Remplacer un compteur par un autre")
    @PostMapping({"/{id}/swap", "/{id}/swap/"})
    @Idempotent(required = true)
    MeterResponse swap(@PathVariable UUID id, @RequestBody @Valid SwapRequest request, CurrentUser user) {
        linking.swap(new MeterId(id), new MeterId(request.replacement()), request.registerKwh(),
                request.replacementRegisterKwh(), request.swappedAt(), user);
        return get(request.replacement(), user);
    }
}
