package energy.mwolo.hr.payroll.web;

import energy.mwolo.hr.payroll.application.BrowsingPayroll;
import energy.mwolo.hr.payroll.application.RunningPayroll;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.RunScope;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
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

/** Payroll runs: drafted, recomputed, validated and paid by HR; their totals read by HR and accountants. */
@RestController
@RequestMapping("/api/hr/payroll-runs")
class PayrollRunController {

    private static final String PATH = "/api/hr/payroll-runs/";

    private final RunningPayroll running;
    private final BrowsingPayroll browsing;

    PayrollRunController(RunningPayroll running, BrowsingPayroll browsing) {
        this.running = running;
        this.browsing = browsing;
    }

    /**
     * A month's payroll run to compute, as a draft: a payslip for everyone employed on some day of the month in
     * its scope. {@code agency} left out: the whole company; {@code run_date} left
     * out: today in Kinshasa. Two runs of one month may not pay the same employee: the company's run covers every
     * agency.
     *
     * @param month the month to pay, {@code yyyy-MM}; required
     * @param agency the agency (geo-service) whose staff to pay; null or left out for the whole company
     * @param runDate the day whose exchange rate converts dollar pay to CDF, ISO {@code yyyy-MM-dd}: that day must
     *                have a rate; today in Kinshasa when left out
     */
    record DraftRequest(@NotBlank String month, UUID agency, LocalDate runDate) {
    }

    /**
     * A draft run's recomputation with the current staff, salaries, dependents and monthly inputs; the whole body may
     * be left out.
     *
     * @param runDate the day whose exchange rate to use from now on, ISO {@code yyyy-MM-dd}: that day must have a
     *                rate; the run's own date when left out
     */
    record RecomputeRequest(LocalDate runDate) {
    }

    @Operation(summary = "Lister les paies")
    @GetMapping({"", "/"})
    PageResponse<PayrollResponses.Run> list(@RequestParam(required = false) String month, PageQuery page,
                                            CurrentUser user) {
        YearMonth filter = Months.parse(month, "month");
        return PageResponse.of(page, browsing.countRuns(filter, user),
                browsing.runs(filter, page.offset(), page.limit(), user)).map(PayrollResponses.Run::from);
    }

    @Operation(summary = "Consulter une paie")
    @GetMapping({"/{id}", "/{id}/"})
    PayrollResponses.Run get(@PathVariable UUID id, CurrentUser user) {
        return PayrollResponses.Run.from(browsing.run(new PayrollRunId(id), user));
    }

    @Operation(summary = "Calculer la paie d'un mois")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<PayrollResponses.Run> draft(@RequestBody @Valid DraftRequest request, CurrentUser user) {
        PayrollRunId id = running.draft(Months.parse(request.month(), "month"), new RunScope(request.agency()),
                request.runDate(), user);
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id.value(), user));
    }

    @Operation(summary = "Recalculer une paie en brouillon")
    @PostMapping({"/{id}/recompute", "/{id}/recompute/"})
    @Idempotent
    PayrollResponses.Run recompute(@PathVariable UUID id, @RequestBody(required = false) RecomputeRequest request,
                                   CurrentUser user) {
        running.recompute(new PayrollRunId(id), request == null ? null : request.runDate(), user);
        return get(id, user);
    }

    @Operation(summary = "Valider une paie")
    @PostMapping({"/{id}/validate", "/{id}/validate/"})
    @Idempotent
    PayrollResponses.Run validate(@PathVariable UUID id, CurrentUser user) {
        running.validate(new PayrollRunId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Déclarer une paie payée")
    @PostMapping({"/{id}/pay", "/{id}/pay/"})
    @Idempotent
    PayrollResponses.Run pay(@PathVariable UUID id, CurrentUser user) {
        running.markPaid(new PayrollRunId(id), user);
        return get(id, user);
    }

    /** HR: every payslip of the run; an employee: its own, once the run is validated. */
    @Operation(summary = "Lister les bulletins d'une paie")
    @GetMapping({"/{id}/payslips", "/{id}/payslips/"})
    List<PayrollResponses.Payslip> payslips(@PathVariable UUID id, CurrentUser user) {
        return browsing.payslipsOf(new PayrollRunId(id), user).stream().map(PayrollResponses.Payslip::from).toList();
    }
}
