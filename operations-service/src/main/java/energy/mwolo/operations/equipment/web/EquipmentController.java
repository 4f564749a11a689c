package energy.mwolo.operations.equipment.web;

import energy.mwolo.operations.equipment.application.BrowsingEquipment;
import energy.mwolo.operations.equipment.application.EquipmentQuery;
import energy.mwolo.operations.equipment.application.RegisteringEquipment;
import energy.mwolo.operations.equipment.application.RevisingEquipment;
import energy.mwolo.operations.equipment.model.EquipmentId;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Equipment: filters {@code type}, {@code status}, {@code site}, {@code search}, {@code ordering}. */
@RestController
@RequestMapping("/api/operations/equipment")
class EquipmentController {

    private static final String PATH = "/api/operations/equipment/";

    private final BrowsingEquipment browsing;
    private final RegisteringEquipment registering;
    private final RevisingEquipment revising;

    EquipmentController(BrowsingEquipment browsing, RegisteringEquipment registering, RevisingEquipment revising) {
        this.browsing = browsing;
        this.registering = registering;
        this.revising = revising;
    }

    @Operation(summary = "Lister les équipements")
    @GetMapping({"", "/"})
    PageResponse<EquipmentResponse> list(@RequestParam(required = false) String type,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) UUID site,
                                         @RequestParam(required = false) String search,
                                         @RequestParam(required = false) String ordering,
                                         PageQuery page, CurrentUser user) {
        EquipmentQuery query = browsing.query(type, status, site, search, ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(EquipmentResponse::from);
    }

    @Operation(summary = "Consulter un équipement")
    @GetMapping({"/{id}", "/{id}/"})
    EquipmentResponse get(@PathVariable UUID id, CurrentUser user) {
        return EquipmentResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Enregistrer un équipement")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<EquipmentResponse> register(
            @RequestBody @Validated({Default.class, Complete.class}) EquipmentRequest request, CurrentUser user) {
        UUID id = registering.register(request.draft(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Modifier un équipement")
    @PatchMapping({"/{id}", "/{id}/"})
    EquipmentResponse amend(@PathVariable UUID id, @RequestBody @Valid EquipmentRequest request, CurrentUser user) {
        revising.revise(new EquipmentId(id), request.changes(), user);
        return get(id, user);
    }
}
