package energy.mwolo.hr.leave.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.leave.application.BrowsingLeave;
import energy.mwolo.hr.leave.application.CreditingLeave;
import energy.mwolo.hr.leave.model.LeaveType;
import energy.mwolo.hr.leave.model.LedgerEntry;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Leave types, an employee's balances with the ledger they come from, and HR's credits. */
@RestController
class LeaveLedgerController {

    private final BrowsingLeave browsing;
    private final CreditingLeave crediting;

    LeaveLedgerController(BrowsingLeave browsing, CreditingLeave crediting) {
        this.browsing = browsing;
        this.crediting = crediting;
    }

    record LeaveTypeResponse(String code, String name, String nameEn,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal yearlyDays,
                             boolean balanceChecked,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal carryForwardCap,
                             int carryForwardMonths) {

        static LeaveTypeResponse from(LeaveType type) {
            return new LeaveTypeResponse(type.code(), type.nameFr(), type.nameEn(), type.yearlyDays(),
                    type.balanceChecked(), type.carryForwardCap(), type.carryForwardMonths());
        }
    }

    record EntryResponse(String kind, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days,
                         LocalDate effectiveOn, String period, LocalDate expiresOn) {

        static EntryResponse from(LedgerEntry entry) {
            return new EntryResponse(Codes.of(entry.kind()), entry.days(), entry.effectiveOn(), entry.period(),
                    entry.expiresOn());
        }
    }

    record BalanceResponse(String leaveType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expired,
                           List<EntryResponse> entries) {

        static BalanceResponse from(BrowsingLeave.Balance balance) {
            return new BalanceResponse(balance.type().code(), balance.available(), balance.expired(),
                    balance.ledger().entries().stream().map(EntryResponse::from).toList());
        }
    }

    record AllocationRequest(@NotNull UUID employee, @NotBlank String leaveType, @NotNull BigDecimal days) {
    }

    record AccrualRequest(@NotBlank String month) {
    }

    @Operation(summary = "Lister les types de congé")
    @GetMapping({"/api/hr/leave-types", "/api/hr/leave-types/"})
    List<LeaveTypeResponse> types(CurrentUser user) {
        return browsing.types(user).stream().map(LeaveTypeResponse::from).toList();
    }

    @Operation(summary = "Soldes de congé d'un employé")
    @GetMapping({"/api/hr/employees/{id}/leave-balances", "/api/hr/employees/{id}/leave-balances/"})
    List<BalanceResponse> balances(@PathVariable UUID id, CurrentUser user) {
        return browsing.balances(new EmployeeId(id), user).stream().map(BalanceResponse::from).toList();
    }

    @Operation(summary = "Attribuer des jours de congé")
    @PostMapping({"/api/hr/leave-allocations", "/api/hr/leave-allocations/"})
    @Idempotent(required = true)
    @ResponseStatus(HttpStatus.CREATED)
    List<BalanceResponse> allocate(@RequestBody @Valid AllocationRequest request, CurrentUser user) {
        crediting.allocate(new EmployeeId(request.employee()), request.leaveType(), request.days(), user);
        return balances(request.employee(), user);
    }

    @Operation(summary = "Acquérir les congés du mois")
    @PostMapping({"/api/hr/leave-accruals", "/api/hr/leave-accruals/"})
    @Idempotent(required = true)
    Map<String, Integer> accrue(@RequestBody @Valid AccrualRequest request, CurrentUser user) {
        return Map.of("entries_added", crediting.accrue(month(request.month()), user));
    }

    @Operation(summary = "Clôturer une année de congés (report et expiration)")
    @PostMapping({"/api/hr/leave-years/{year}/close", "/api/hr/leave-years/{year}/close/"})
    @Idempotent(required = true)
    Map<String, Integer> closeYear(@PathVariable int year, CurrentUser user) {
        return Map.of("entries_added", crediting.closeYear(year, user));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidField("month", "hr.leave.month_invalid", text);
        }
    }
}
