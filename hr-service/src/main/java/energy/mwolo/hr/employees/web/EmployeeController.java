package energy.mwolo.hr.employees.web;

import energy.mwolo.hr.employees.application.BrowsingEmployees;
import energy.mwolo.hr.employees.application.EmployeeQuery;
import energy.mwolo.hr.employees.application.HiringEmployee;
import energy.mwolo.hr.employees.application.RevisingEmployee;
import energy.mwolo.hr.employees.model.Department;
import energy.mwolo.hr.employees.model.EmployeeStatus;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employees: filters {@code agency}, {@code status}, {@code department}, {@code manager}, {@code search}. */
@RestController
@RequestMapping("/api/hr/employees")
class EmployeeController {

    private static final String PATH = "/api/hr/employees/";

    private final BrowsingEmployees browsing;
    private final HiringEmployee hiring;
    private final RevisingEmployee revising;

    EmployeeController(BrowsingEmployees browsing, HiringEmployee hiring, RevisingEmployee revising) {
        this.browsing = browsing;
        this.hiring = hiring;
        this.revising = revising;
    }

    @Operation(summary = "Lister les employés")
    @GetMapping({"", "/"})
    PageResponse<EmployeeResponse> list(@RequestParam(required = false) UUID agency,
                                        @RequestParam(required = false) String status,
                                        @RequestParam(required = false) String department,
                                        @RequestParam(required = false) UUID manager,
                                        @RequestParam(required = false) String search,
                                        PageQuery page, CurrentUser user) {
        EmployeeQuery query = browsing.scoped(new EmployeeQuery(agency,
                Codes.parseOrNull(EmployeeStatus.class, status, "status"),
                Codes.parseOrNull(Department.class, department, "department"), EmployeeId.ofNullable(manager),
                search, null), user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit(), user))
                .map(EmployeeResponse::from);
    }

    /** The caller's own record, salary and NIF included. */
    @Operation(summary = "Consulter sa propre fiche d'employé")
    @GetMapping({"/me", "/me/"})
    EmployeeResponse me(CurrentUser user) {
        return EmployeeResponse.from(browsing.showSelf(user));
    }

    @Operation(summary = "Consulter un employé")
    @GetMapping({"/{id}", "/{id}/"})
    EmployeeResponse get(@PathVariable UUID id, CurrentUser user) {
        return EmployeeResponse.from(browsing.show(new EmployeeId(id), user));
    }

    @Operation(summary = "Embaucher un employé")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<EmployeeResponse> hire(@RequestBody @Valid EmployeeRequest request, CurrentUser user) {
        EmployeeId id = hiring.hire(request.draft(), user);
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id.value(), user));
    }

    @Operation(summary = "Réviser la fiche d'un employé")
    @PutMapping({"/{id}", "/{id}/"})
    EmployeeResponse revise(@PathVariable UUID id, @RequestBody @Valid EmployeeRequest request, CurrentUser user) {
        revising.revise(new EmployeeId(id), request.draft(), user);
        return get(id, user);
    }

    /**
     * An employee's departure: its status becomes {@code left} for good, and its record changes no more.
     *
     * @param endDate the employee's last day of employment, ISO {@code yyyy-MM-dd}, not before its hire date;
     *                required
     */
    record DepartureRequest(@NotNull LocalDate endDate) {
    }

    @Operation(summary = "Enregistrer le départ d'un employé")
    @PostMapping({"/{id}/departure", "/{id}/departure/"})
    @Idempotent
    EmployeeResponse depart(@PathVariable UUID id, @RequestBody @Valid DepartureRequest request, CurrentUser user) {
        revising.depart(new EmployeeId(id), request.endDate(), user);
        return get(id, user);
    }

    /**
     * A change of an employee's status. {@code status}: {@code active}, {@code suspended} or {@code on_leave};
     * {@code reason} free text.
     *
     * @param status the new status: {@code suspended} or {@code on_leave} from {@code active}, {@code active} from
     *               either of them; required ({@code left} goes through the departure instead)
     * @param reason why, as free text up to 500 characters; optional
     */
    record StatusRequest(@NotNull String status, @Size(max = 500) String reason) {
    }

    @Operation(summary = "Changer le statut d'un employé (suspendu, en congé, actif)")
    @PostMapping({"/{id}/status", "/{id}/status/"})
    @Idempotent
    EmployeeResponse changeStatus(@PathVariable UUID id, @RequestBody @Valid StatusRequest request,
                                  CurrentUser user) {
        revising.changeStatus(new EmployeeId(id), Codes.parse(EmployeeStatus.class, request.status(), "status"),
                request.reason(), user);
        return get(id, user);
    }

    /**
     * The user account to link to an employee, so that the employee can sign in and see its own records.
     *
     * @param userId the identity-service user account; required. An employee has at most one account and an account
     *               belongs to at most one employee
     */
    record AccountRequest(@NotNull UUID userId) {
    }

    @Operation(summary = "Relier un compte utilisateur à un employé")
    @PostMapping({"/{id}/account", "/{id}/account/"})
    @Idempotent
    EmployeeResponse linkAccount(@PathVariable UUID id, @RequestBody @Valid AccountRequest request,
                                 CurrentUser user) {
        revising.linkAccount(new EmployeeId(id), request.userId(), user);
        return get(id, user);
    }
}
