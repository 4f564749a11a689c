package energy.mwolo.operations.disconnections.web;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.disconnections.application.DecidingDisconnections;
import energy.mwolo.operations.disconnections.application.Decision;
import energy.mwolo.operations.disconnections.application.DisconnectionScheduler;
import energy.mwolo.operations.disconnections.application.HoldScope;
import energy.mwolo.operations.disconnections.application.ReadingDecisions;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions per contract; holds on a contract or an agency (PUT places, DELETE releases, both answer whether
 * anything changed: placing a hold twice changes nothing); {@code POST .../disconnections/pass} runs the scheduler's
 * pass now (dev and operations: a waiting cut whose time came need not wait for the next tick).
 */
@RestController
class DisconnectionController {

    private final ReadingDecisions reading;
    private final DecidingDisconnections deciding;
    private final DisconnectionScheduler scheduler;

    DisconnectionController(ReadingDecisions reading, DecidingDisconnections deciding,
                            DisconnectionScheduler scheduler) {
        this.reading = reading;
        this.deciding = deciding;
        this.scheduler = scheduler;
    }

    @Operation(summary = "Lister les décisions de coupure d'un contrat")
    @GetMapping({"/api/operations/contracts/{id}/decisions", "/api/operations/contracts/{id}/decisions/"})
    List<DecisionResponse> decisions(@PathVariable UUID id, CurrentUser user) {
        return reading.history(id, user).stream().map(DecisionResponse::from).toList();
    }

    @Operation(summary = "Suspendre les coupures d'un contrat")
    @PutMapping({"/api/operations/contracts/{id}/disconnection-hold",
            "/api/operations/contracts/{id}/disconnection-hold/"})
    HoldResponse holdContract(@PathVariable UUID id, @RequestBody(required = false) @Valid HoldRequest request,
                              CurrentUser user) {
        return place(HoldScope.CONTRACT, id, request, user);
    }

    @Operation(summary = "Lever la suspension des coupures d'un contrat")
    @DeleteMapping({"/api/operations/contracts/{id}/disconnection-hold",
            "/api/operations/contracts/{id}/disconnection-hold/"})
    HoldResponse releaseContract(@PathVariable UUID id, CurrentUser user) {
        return release(HoldScope.CONTRACT, id, user);
    }

    @Operation(summary = "Suspendre les coupures d'une agence")
    @PutMapping({"/api/operations/agencies/{id}/disconnection-hold",
            "/api/operations/agencies/{id}/disconnection-hold/"})
    HoldResponse holdAgency(@PathVariable UUID id, @RequestBody(required = false) @Valid HoldRequest request,
                            CurrentUser user) {
        return place(HoldScope.AGENCY, id, request, user);
    }

    @Operation(summary = "Lever la suspension des coupures d'une agence")
    @DeleteMapping({"/api/operations/agencies/{id}/disconnection-hold",
            "/api/operations/agencies/{id}/disconnection-hold/"})
    HoldResponse releaseAgency(@PathVariable UUID id, CurrentUser user) {
        return release(HoldScope.AGENCY, id, user);
    }

    @Operation(summary = "Lancer un passage de coupure des impayés")
    @PostMapping({"/api/operations/disconnections/pass", "/api/operations/disconnections/pass/"})
    PassResponse pass(CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        return new PassResponse(scheduler.runPass());
    }

    private HoldResponse place(HoldScope scope, UUID target, HoldRequest request, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        String note = request == null ? null : request.note();
        return new HoldResponse(deciding.placeHold(scope, target, user.userId(), note));
    }

    private HoldResponse release(HoldScope scope, UUID target, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        return new HoldResponse(deciding.releaseHold(scope, target, user.userId()));
    }

    /**
     * A hold to place on a contract's or an agency's automatic disconnections; the body may be left out.
     *
     * @param note why the hold is placed, free text of 500 characters at most, kept with the hold; optional
     */
    record HoldRequest(@Size(max = 500) String note) {
    }

    /**
     * What placing or releasing a hold did.
     *
     * @param changed true when this request placed (or released) the hold; false when it was in place already (or
     *                there was none to release)
     */
    record HoldResponse(boolean changed) {
    }

    /**
     * What a pass of the disconnection scheduler did.
     *
     * @param examined how many waiting cuts whose time had come were looked at again (each then cut, refused or left
     *                 waiting)
     */
    record PassResponse(int examined) {
    }

    /**
     * One entry of a contract's disconnection history (oldest first): what the policy or a staff member decided about
     * cutting or restoring its supply, and why.
     *
     * @param id        the decision's id
     * @param contract  the id of the CRM contract it concerns
     * @param meter     the id of the meter it concerns; null for a decision about the whole contract (an outdated
     *                  billing report, a hold)
     * @param agency    the id of the agency of the contract's site, when known; null for a decision about the whole
     *                  contract
     * @param outcome   {@code cut_ordered}, {@code waiting}, {@code refused}, {@code cancelled} (the cut called off),
     *                  {@code reconnect_ordered}, {@code ignored} (an outdated billing report), {@code hold_placed} or
     *                  {@code hold_released}
     * @param reason    why: {@code protected_site}, {@code site_unknown}, {@code contract_on_hold},
     *                  {@code agency_on_hold}, {@code payment_pending}, {@code outside_cut_window},
     *                  {@code agency_hourly_limit}, {@code daily_cap}, {@code overdue}, {@code settled},
     *                  {@code settled_before_cut} or {@code stale_event}
     * @param notBefore for {@code waiting}, when the cut is looked at again (ISO-8601 UTC); null otherwise
     * @param alert     true when the cut waits for a limit on disconnections ({@code agency_hourly_limit},
     *                  {@code daily_cap}) that someone must be told of
     * @param actor     the user id of the staff member who placed or released a hold; null for the policy's own
     *                  decisions
     * @param orderId   the relay order given ({@code cut_ordered}, {@code reconnect_ordered}): the {@code order_id}
     *                  of the meter's command; null otherwise
     * @param decidedAt when it was decided (ISO-8601 UTC)
     */
    record DecisionResponse(UUID id, UUID contract, UUID meter, UUID agency, String outcome, String reason,
                            Instant notBefore, boolean alert, UUID actor, UUID orderId, Instant decidedAt) {

        static DecisionResponse from(Decision d) {
            return new DecisionResponse(d.id(), d.contract(), d.meter(), d.agency(), d.outcome(), d.reason(),
                    d.notBefore(), d.alert(), d.actor(), d.orderId(), d.decidedAt());
        }
    }
}
