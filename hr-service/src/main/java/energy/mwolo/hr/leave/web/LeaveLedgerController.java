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

    /**
     * A kind of leave (annual, sick, maternity, ...), with how its days are credited and limited.
     *
     * @param code the type's code, used in requests and balances, e.g. {@code annual}, {@code sick}
     * @param name the type's name in French
     * @param nameEn the type's name in English
     * @param yearlyDays the working days a year accrued month by month, as a decimal string such as {@code "20.00"};
     *                   null when the type does not accrue
     * @param balanceChecked whether requests of this type are limited by the employee's balance (sick or unpaid
     *                       leave, for instance, is recorded but not limited)
     * @param carryForwardCap the most days a year's close carries into the next year, as a decimal string; null when
     *                        nothing is carried forward
     * @param carryForwardMonths how many months, from 1 January, carried-forward days stay usable
     */
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

    /**
     * One movement of a leave balance, never changed once written.
     *
     * @param kind why days entered or left the balance: {@code allocation} (granted by HR), {@code accrual} (a
     *             month's share of the yearly days), {@code take} (approved leave), {@code return} (an approved
     *             leave cancelled), {@code carry_forward} (days kept from a closed year) or {@code year_closed} (a
     *             closed year's remainder leaving)
     * @param days working days, signed: negative for {@code take} and {@code year_closed} (and for an allocation that
     *             corrects); a decimal string such as {@code "1.67"} or {@code "-4.5"}
     * @param effectiveOn the day the movement counts from, ISO {@code yyyy-MM-dd}: the grant's day, the accrued
     *                    month's last day, the leave's first day, 31 December or 1 January for a year's close
     * @param period what an accrual or a year's close is for, {@code 2026-03} or {@code 2026}; null for other kinds
     * @param expiresOn for {@code carry_forward}, the last day its days may be used, ISO {@code yyyy-MM-dd}; null
     *                  otherwise
     */
    record EntryResponse(String kind, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days,
                         LocalDate effectiveOn, String period, LocalDate expiresOn) {

        static EntryResponse from(LedgerEntry entry) {
            return new EntryResponse(Codes.of(entry.kind()), entry.days(), entry.effectiveOn(), entry.period(),
                    entry.expiresOn());
        }
    }

    /**
     * An employee's balance of one leave type today, with the ledger it is computed from.
     *
     * @param leaveType the leave type's code
     * @param available the working days available today: the entries' sum less the expired days, as a decimal string
     *                  such as {@code "12.50"}; may be negative
     * @param expired carried-forward days left unused at their expiry, as a decimal string
     * @param entries the ledger's entries, oldest first
     */
    record BalanceResponse(String leaveType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expired,
                           List<EntryResponse> entries) {

        static BalanceResponse from(BrowsingLeave.Balance balance) {
            return new BalanceResponse(balance.type().code(), balance.available(), balance.expired(),
                    balance.ledger().entries().stream().map(EntryResponse::from).toList());
        }
    }

    /**
     * Days HR grants one employee of one leave type (a year's entitlement, a correction); each is a ledger entry of
     * its own, dated today.
     *
     * @param employee the employee; required
     * @param leaveType the leave type's code (see {@code /api/hr/leave-types/}); required
     * @param days the working days granted, at most 2 decimals, negative to correct, never zero, as a decimal string
     *             such as {@code "10"}; required
     */
    record AllocationRequest(@NotNull UUID employee, @NotBlank String leaveType, @NotNull BigDecimal days) {
    }

    /**
     * A month to accrue: every employee employed in it receives the month's share of each accruing type's yearly days.
     * Running it again for the same month adds only what is missing.
     *
     * @param month the month, {@code yyyy-MM}; required
     */
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
