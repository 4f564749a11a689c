package energy.mwolo.billing.runs.web;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.runs.application.BrowsingRuns;
import energy.mwolo.billing.runs.application.StartingRun;
import energy.mwolo.billing.runs.model.BillingRun;
import energy.mwolo.billing.runs.model.RunItem;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import energy.mwolo.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
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
 * Billing runs. {@code POST {period}} answers 202 at once with the run; its progress is read at its Location while
 * it works. A run of a month already running: 409 {@code billing.run.already_running} naming it.
 */
@RestController
@RequestMapping("/api/billing/runs")
class RunController {

    private static final String PATH = "/api/billing/runs/";
    private static final int FAILURES_SHOWN = 20;

    private final StartingRun starting;
    private final BrowsingRuns browsing;
    private final Problems problems;

    RunController(StartingRun starting, BrowsingRuns browsing, Problems problems) {
        this.starting = starting;
        this.browsing = browsing;
        this.problems = problems;
    }

    @Operation(summary = "Lancer la facturation d'un mois")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<RunResponse> start(@RequestBody @Valid RunRequest request, CurrentUser user) {
        BillingRun run = starting.start(request.period(), user);
        return ResponseEntity.accepted().location(URI.create(PATH + run.id() + "/"))
                .body(RunResponse.from(run, List.of()));
    }

    @Operation(summary = "Lister les facturations lancées")
    @GetMapping({"", "/"})
    PageResponse<RunResponse> list(@RequestParam(required = false) String period, PageQuery page, CurrentUser user) {
        long count = browsing.count(period, user);
        return PageResponse.of(page, count, browsing.find(period, page.offset(), page.limit()))
                .map(run -> RunResponse.from(run, List.of()));
    }

    @Operation(summary = "Suivre une facturation")
    @GetMapping({"/{id}", "/{id}/"})
    RunResponse get(@PathVariable UUID id, CurrentUser user) {
        BillingRun run = browsing.show(id, user);
        return RunResponse.from(run, browsing.items(id, RunItem.Outcome.FAILED, 0, FAILURES_SHOWN).stream()
                .map(this::item).toList());
    }

    /** The contracts the run did not bill: {@code ?outcome=failed|waiting}, with their reasons. */
    @Operation(summary = "Lister les contrats d'une facturation et leur résultat")
    @GetMapping({"/{id}/items", "/{id}/items/"})
    PageResponse<ItemResponse> items(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                                     PageQuery page, CurrentUser user) {
        browsing.show(id, user);
        RunItem.Outcome filter = browsing.outcome(outcome);
        return PageResponse.of(page, browsing.countItems(id, filter),
                browsing.items(id, filter, page.offset(), page.limit())).map(this::item);
    }

    private ItemResponse item(RunItem item) {
        return new ItemResponse(item.contractId(), item.contractNumber(), Codes.of(item.outcome()),
                item.code(), problems.message(item.code(), item.arguments().toArray()));
    }

    /**
     * The month to bill: every contract billable in it that has no invoice for it yet.
     *
     * @param period the month to bill, {@code YYYY-MM} ({@code "2026-03"})
     */
    record RunRequest(@NotNull String period) {
    }

    /**
     * A billing run of one month and its progress. All its invoices are issued on the day it started.
     *
     * @param id          the run's id
     * @param period      the month billed, {@code YYYY-MM}
     * @param trigger     {@code manual} (started by an accountant) or {@code schedule} (the monthly schedule)
     * @param status      {@code running}, {@code completed}, {@code interrupted} (its worker stopped and a new run of
     *                    the month took over) or {@code failed} (it could not go on)
     * @param total       contracts to look at: those billable in the month when it started
     * @param done        invoices this run issued
     * @param skipped     contracts already invoiced for the month
     * @param failed      contracts a rule refused (unknown tariff, no exchange rate, ...): see the run's items
     * @param waiting     metered contracts without consumption for the month yet; a later run bills them
     * @param remaining   contracts not looked at yet: total minus the four counts above, never below 0
     * @param startedBy   the identity user id of whoever started it, or {@code system} for the schedule
     * @param startedAt   when it started, ISO-8601 UTC
     * @param heartbeatAt when its worker last reported progress, ISO-8601 UTC; a running run whose heartbeat is old
     *                    has lost its worker
     * @param finishedAt  when it ended, ISO-8601 UTC; null while running
     * @param failures    the first 20 failed contracts when one run is read by its id; empty in lists and in the
     *                    answer to a start
     */
    record RunResponse(UUID id, String period, String trigger, String status, int total, int done, int skipped,
                       int failed, int waiting, int remaining, String startedBy, Instant startedAt,
                       Instant heartbeatAt, Instant finishedAt, List<ItemResponse> failures) {

        static RunResponse from(BillingRun run, List<ItemResponse> failures) {
            return new RunResponse(run.id(), run.period().toString(), Codes.of(run.trigger()),
                    Codes.of(run.status()), run.total(), run.invoiced(), run.skipped(), run.failed(),
                    run.waiting(), Math.max(0, run.total() - run.seen()), run.startedBy(), run.startedAt(),
                    run.heartbeatAt(), run.finishedAt(), failures);
        }
    }

    /**
     * A contract a run did not bill, and why.
     *
     * @param contract       the CRM contract
     * @param contractNumber its number, {@code CT-<YYYY>-<NNNNNN>}
     * @param outcome        {@code failed} (a rule refused it) or {@code waiting} (a metered contract whose month has
     *                       no consumption yet)
     * @param code           the reason's stable error code ({@code billing.consumption.missing})
     * @param reason         the reason in the caller's language: French, or English when Accept-Language prefers it
     */
    record ItemResponse(UUID contract, String contractNumber, String outcome, String code, String reason) {
    }
}
