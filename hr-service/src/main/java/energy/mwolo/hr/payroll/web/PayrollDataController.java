package energy.mwolo.hr.payroll.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.application.EnteringPayrollData;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.PayCurrency;
import energy.mwolo.hr.payroll.model.PayLine;
import energy.mwolo.hr.payroll.model.PayrollInput;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What HR enters for the payroll: exchange rates, each employee's month, its dependents. */
@RestController
class PayrollDataController {

    private final EnteringPayrollData entering;

    PayrollDataController(EnteringPayrollData entering) {
        this.entering = entering;
    }

    /**
     * The USD/CDF exchange rate of a day, which converts dollar salaries in the runs dated that day.
     *
     * @param date the day the rate holds for, ISO {@code yyyy-MM-dd}; one rate per day (a second is refused);
     *             required
     * @param rate Congolese francs for one US dollar, positive, at most 4 decimals (more is refused, not rounded),
     *             as a decimal string such as {@code "2850.5000"}; required
     */
    record RateBody(@NotNull LocalDate date, @NotNull BigDecimal rate) {
    }

    /**
     * The USD/CDF exchange rate of a day; lists show the latest 100 rates, newest first.
     *
     * @param date the day the rate holds for, ISO {@code yyyy-MM-dd}
     * @param rate Congolese francs for one US dollar, as a decimal string with 4 decimals, e.g. {@code "2850.5000"}
     */
    record RateResponse(LocalDate date, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate) {

        static RateResponse from(ExchangeRate rate) {
            return new RateResponse(rate.day(), rate.cdfPerUsd());
        }
    }

    /**
     * One labelled amount of an employee's month: an allowance or an adjustment.
     *
     * @param label what it is, e.g. {@code Transport}, up to 120 characters; required
     * @param amount the amount in the employee's salary currency, at most 2 decimals, as a decimal string such as
     *               {@code "50.00"}: never negative for an allowance, signed for an adjustment; required
     */
    record LineBody(@NotBlank @Size(max = 120) String label, @NotNull BigDecimal amount) {

        PayLine line() {
            return new PayLine(label.strip(), amount);
        }
    }

    /**
     * What varies in one employee's pay for one month; it replaces what was entered for that month before. Amounts in
     * the employee's salary currency, which {@code currency} must name.
     *
     * @param currency the employee's salary currency, {@code USD} or {@code CDF}; another is refused; required
     * @param allowances the month's allowances (transport, housing, ...), up to 20 lines, none negative; none when
     *                   left out
     * @param overtime the month's overtime pay, already valued (an amount, not hours), never negative, at most 2
     *                 decimals, as a decimal string such as {@code "50.00"}; zero when left out
     * @param adjustments signed corrections of a month already paid, up to 20 lines; none when left out
     */
    record InputBody(@NotBlank String currency, @Valid @Size(max = 20) List<LineBody> allowances,
                     BigDecimal overtime, @Valid @Size(max = 20) List<LineBody> adjustments) {

        PayrollInput input(EmployeeId employee, YearMonth month) {
            return new PayrollInput(employee, month, lines(allowances), overtime, lines(adjustments));
        }

        private static List<PayLine> lines(List<LineBody> lines) {
            return lines == null ? List.of() : lines.stream().map(LineBody::line).toList();
        }
    }

    /**
     * What varies in one employee's pay for one month, in its salary currency; a month nothing was entered for shows
     * no lines and zero overtime.
     *
     * @param employee the employee
     * @param month the month, {@code yyyy-MM}
     * @param allowances the month's allowances, in the order entered
     * @param overtime the month's overtime pay, as a decimal string with 2 decimals, e.g. {@code "50.00"}
     * @param adjustments the month's signed corrections, in the order entered
     */
    record InputResponse(UUID employee, String month, List<PayrollResponses.Line> allowances,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overtime,
                         List<PayrollResponses.Line> adjustments) {

        static InputResponse from(PayrollInput input) {
            return new InputResponse(input.employee().value(), input.month().toString(),
                    PayrollResponses.Line.of(input.allowances()), input.overtime(),
                    PayrollResponses.Line.of(input.adjustments()));
        }
    }

    /**
     * How many dependents an employee declares: each one reduces its income tax (IPR), up to the number the payroll
     * rules allow.
     *
     * @param dependents the number of dependents, from 0 to 30; required
     */
    record DependentsBody(@NotNull Integer dependents) {
    }

    @Operation(summary = "Lister les taux de change de la paie")
    @GetMapping({"/api/hr/exchange-rates", "/api/hr/exchange-rates/"})
    List<RateResponse> rates(CurrentUser user) {
        return entering.latestRates(user).stream().map(RateResponse::from).toList();
    }

    @Operation(summary = "Enregistrer un taux de change de la paie")
    @PostMapping({"/api/hr/exchange-rates", "/api/hr/exchange-rates/"})
    @Idempotent(required = true)
    @ResponseStatus(HttpStatus.CREATED)
    RateResponse recordRate(@RequestBody @Valid RateBody body, CurrentUser user) {
        ExchangeRate rate = new ExchangeRate(body.date(), body.rate());
        entering.recordRate(rate, user);
        return RateResponse.from(rate);
    }

    @Operation(summary = "Consulter les éléments variables de paie d'un employé pour un mois")
    @GetMapping({"/api/hr/payroll-inputs/{employee}/{month}", "/api/hr/payroll-inputs/{employee}/{month}/"})
    InputResponse input(@PathVariable UUID employee, @PathVariable String month, CurrentUser user) {
        EmployeeId id = new EmployeeId(employee);
        YearMonth parsed = Months.parse(month, "month");
        return InputResponse.from(entering.input(id, parsed, user).orElse(PayrollInput.none(id, parsed)));
    }

    /** Replaces the employee's month; refused (409) once a validated run paid it. */
    @Operation(summary = "Saisir les éléments variables de paie d'un employé pour un mois")
    @PutMapping({"/api/hr/payroll-inputs/{employee}/{month}", "/api/hr/payroll-inputs/{employee}/{month}/"})
    InputResponse putInput(@PathVariable UUID employee, @PathVariable String month,
                           @RequestBody @Valid InputBody body, CurrentUser user) {
        PayrollInput input = body.input(new EmployeeId(employee), Months.parse(month, "month"));
        return InputResponse.from(entering.putInput(input,
                Codes.parse(PayCurrency.class, body.currency(), "currency"), user));
    }

    @Operation(summary = "Déclarer les personnes à charge d'un employé")
    @PutMapping({"/api/hr/payroll-profiles/{employee}", "/api/hr/payroll-profiles/{employee}/"})
    Map<String, Object> putDependents(@PathVariable UUID employee, @RequestBody @Valid DependentsBody body,
                                      CurrentUser user) {
        entering.putDependents(new EmployeeId(employee), body.dependents(), user);
        return Map.of("employee", employee, "dependents", body.dependents());
    }
}
