package energy.mwolo.operations.interventions.web;

import energy.mwolo.operations.interventions.application.BrowsingInterventions;
import energy.mwolo.operations.interventions.application.BrowsingInterventions.InterventionFilters;
import energy.mwolo.operations.interventions.application.InterventionQuery;
import energy.mwolo.operations.interventions.application.ProgressingIntervention;
import energy.mwolo.operations.interventions.application.ReplanningIntervention;
import energy.mwolo.operations.interventions.application.SchedulingIntervention;
import energy.mwolo.operations.interventions.model.InterventionId;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.time.LocalDate;
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

/**
 * Interventions: filters {@code type}, {@code status}, {@code site}, {@code equipment}, {@code technician},
 * {@code mine} (the caller's own), {@code scheduled_from}, {@code scheduled_to}, {@code ordering}.
 */
@RestController
@RequestMapping("/api/operations/interventions")
class InterventionController {

    private static final String PATH = "/api/operations/interventions/";

    private final BrowsingInterventions browsing;
    private final SchedulingIntervention scheduling;
    private final ReplanningIntervention replanning;
    private final ProgressingIntervention progressing;

    InterventionController(BrowsingInterventions browsing, SchedulingIntervention scheduling,
                           ReplanningIntervention replanning, ProgressingIntervention progressing) {
        this.browsing = browsing;
        this.scheduling = scheduling;
        this.replanning = replanning;
        this.progressing = progressing;
    }

    @Operation(summary = "Lister les interventions")
    @GetMapping({"", "/"})
    PageResponse<InterventionResponse> list(@RequestParam(required = false) String type,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(required = false) UUID site,
                                            @RequestParam(required = false) UUID equipment,
                                            @RequestParam(required = false) UUID technician,
                                            @RequestParam(required = false) boolean mine,
                                            @RequestParam(name = "scheduled_from", required = false)
                                            LocalDate scheduledFrom,
                                            @RequestParam(name = "scheduled_to", required = false)
                                            LocalDate scheduledTo,
                                            @RequestParam(required = false) String ordering,
                                            PageQuery page, CurrentUser user) {
        InterventionQuery query = browsing.query(new InterventionFilters(type, status, site, equipment, technician,
                scheduledFrom, scheduledTo), mine, ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(InterventionResponse::from);
    }

    @Operation(summary = "Consulter une intervention")
    @GetMapping({"/{id}", "/{id}/"})
    InterventionResponse get(@PathVariable UUID id, CurrentUser user) {
        return InterventionResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Planifier une intervention")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<InterventionResponse> schedule(
            @RequestBody @Validated({Default.class, Complete.class}) InterventionRequest request, CurrentUser user) {
        UUID id = scheduling.schedule(request.draft(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Replanifier ou réattribuer une intervention")
    @PatchMapping({"/{id}", "/{id}/"})
    InterventionResponse replan(@PathVariable UUID id, @RequestBody @Valid InterventionRequest request,
                                CurrentUser user) {
        replanning.replan(new InterventionId(id), request.changes(), user);
        return get(id, user);
    }

    @Operation(summary = "Commencer une intervention")
    @PostMapping({"/{id}/start", "/{id}/start/"})
    @Idempotent(required = true)
    InterventionResponse start(@PathVariable UUID id, CurrentUser user) {
        progressing.start(new InterventionId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Terminer une intervention avec son rapport")
    @PostMapping({"/{id}/complete", "/{id}/complete/"})
    @Idempotent(required = true)
    InterventionResponse complete(@PathVariable UUID id, @RequestBody @Valid CompletionRequest request,
                                  CurrentUser user) {
        progressing.complete(new InterventionId(id), request.report(), request.completedAt(), user);
        return get(id, user);
    }

    @Operation(summary = "Annuler une intervention")
    @PostMapping({"/{id}/cancel", "/{id}/cancel/"})
    @Idempotent(required = true)
    InterventionResponse cancel(@PathVariable UUID id, @RequestBody(required = false) @Valid
                                CancellationRequest request, CurrentUser user) {
        progressing.cancel(new InterventionId(id), request == null ? null : request.reason(), user);
        return get(id, user);
    }
}
