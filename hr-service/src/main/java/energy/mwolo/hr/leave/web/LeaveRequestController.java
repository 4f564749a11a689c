package energy.mwolo.hr.leave.web;

import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.leave.application.BrowsingLeave;
import energy.mwolo.hr.leave.application.DecidingLeave;
import energy.mwolo.hr.leave.application.LeaveDraft;
import energy.mwolo.hr.leave.application.LeaveQuery;
import energy.mwolo.hr.leave.application.RequestingLeave;
import energy.mwolo.hr.leave.model.LeavePeriod;
import energy.mwolo.hr.leave.model.LeaveRequestId;
import energy.mwolo.hr.leave.model.LeaveStatus;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leave requests: filters {@code employee}, {@code status}, {@code leave_type}; newest start first. */
@RestController
@RequestMapping("/api/hr/leave-requests")
class LeaveRequestController {

    private static final String PATH = "/api/hr/leave-requests/";

    private final BrowsingLeave browsing;
    private final RequestingLeave requesting;
    private final DecidingLeave deciding;

    LeaveRequestController(BrowsingLeave browsing, RequestingLeave requesting, DecidingLeave deciding) {
        this.browsing = browsing;
        this.requesting = requesting;
        this.deciding = deciding;
    }

    /**
     * A leave request to draft, or to submit at once with {@code submit}. Its working days are counted on the
     * employee's agency calendar: weekends and public holidays are not counted, a half day counts 0.5.
     *
     * @param employee the employee who takes the leave; the caller when left out; only HR may name someone else
     * @param leaveType the leave type's code (see {@code /api/hr/leave-types/}), e.g. {@code annual}; required
     * @param startDate the leave's first day, ISO {@code yyyy-MM-dd}; required
     * @param startHalfDay true when the leave begins at midday of its first day, which must then be a working day;
     *                     false when left out
     * @param endDate the leave's last day, ISO {@code yyyy-MM-dd}, not before {@code start_date}; required
     * @param endHalfDay true when the leave ends at midday of its last day, which must then be a working day; false
     *                   when left out. A one-day leave may take either half, not both
     * @param reason why, as free text up to 500 characters; optional
     * @param submit true to submit the request at once, under the submission's checks; false (or left out) keeps it
     *               a draft
     */
    record LeaveRequestBody(UUID employee, @NotBlank String leaveType, @NotNull LocalDate startDate,
                            Boolean startHalfDay, @NotNull LocalDate endDate, Boolean endHalfDay,
                            @Size(max = 500) String reason, Boolean submit) {

        LeaveDraft draft() {
            return new LeaveDraft(EmployeeId.ofNullable(employee), leaveType.strip(),
                    new LeavePeriod(startDate, Boolean.TRUE.equals(startHalfDay), endDate,
                            Boolean.TRUE.equals(endHalfDay)),
                    reason == null || reason.isBlank() ? null : reason.strip(), Boolean.TRUE.equals(submit));
        }
    }

    @Operation(summary = "Lister les demandes de congé")
    @GetMapping({"", "/"})
    PageResponse<LeaveRequestResponse> list(@RequestParam(required = false) UUID employee,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(name = "leave_type", required = false) String leaveType,
                                            PageQuery page, CurrentUser user) {
        LeaveQuery query = browsing.scoped(LeaveQuery.of(employee,
                Codes.parseOrNull(LeaveStatus.class, status, "status"), leaveType), user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(LeaveRequestResponse::from);
    }

    @Operation(summary = "Consulter une demande de congé")
    @GetMapping({"/{id}", "/{id}/"})
    LeaveRequestResponse get(@PathVariable UUID id, CurrentUser user) {
        return LeaveRequestResponse.from(browsing.show(new LeaveRequestId(id), user));
    }

    /** A draft, or a submitted request with {@code "submit": true}; {@code employee} defaults to the caller. */
    @Operation(summary = "Rédiger une demande de congé")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<LeaveRequestResponse> draft(@RequestBody @Valid LeaveRequestBody body, CurrentUser user) {
        LeaveRequestId id = requesting.draft(body.draft(), user);
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id.value(), user));
    }

    @Operation(summary = "Soumettre une demande de congé")
    @PostMapping({"/{id}/submit", "/{id}/submit/"})
    @Idempotent
    LeaveRequestResponse submit(@PathVariable UUID id, CurrentUser user) {
        deciding.submit(new LeaveRequestId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Approuver une demande de congé")
    @PostMapping({"/{id}/approve", "/{id}/approve/"})
    @Idempotent
    LeaveRequestResponse approve(@PathVariable UUID id, CurrentUser user) {
        deciding.approve(new LeaveRequestId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Refuser une demande de congé")
    @PostMapping({"/{id}/reject", "/{id}/reject/"})
    @Idempotent
    LeaveRequestResponse reject(@PathVariable UUID id, CurrentUser user) {
        deciding.reject(new LeaveRequestId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Annuler une demande de congé")
    @PostMapping({"/{id}/cancel", "/{id}/cancel/"})
    @Idempotent
    LeaveRequestResponse cancel(@PathVariable UUID id, CurrentUser user) {
        deciding.cancel(new LeaveRequestId(id), user);
        return get(id, user);
    }
}
