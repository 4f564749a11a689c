package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.payroll.model.Earner;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.ExchangeRates;
import energy.mwolo.hr.payroll.model.InputCurrencyMismatch;
import energy.mwolo.hr.payroll.model.InputLocked;
import energy.mwolo.hr.payroll.model.PayCurrency;
import energy.mwolo.hr.payroll.model.PayrollInput;
import energy.mwolo.hr.payroll.model.PayrollInputs;
import energy.mwolo.hr.payroll.model.PayrollRuns;
import energy.mwolo.hr.payroll.model.PayrollStaff;
import energy.mwolo.hr.payroll.model.UnknownEmployee;
import energy.mwolo.platform.security.CurrentUser;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What HR enters before a run: the day's exchange rate, each employee's month, its dependents. */
@Service
public class EnteringPayrollData {

    static final int MAX_DEPENDENTS = 30;

    private final ExchangeRates rates;
    private final PayrollInputs inputs;
    private final PayrollStaff staff;
    private final PayrollRuns runs;

    EnteringPayrollData(ExchangeRates rates, PayrollInputs inputs, PayrollStaff staff, PayrollRuns runs) {
        this.rates = rates;
        this.inputs = inputs;
        this.staff = staff;
        this.runs = runs;
    }

    @Transactional
    public void recordRate(ExchangeRate rate, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        rates.add(rate);
    }

    @Transactional(readOnly = true)
    public List<ExchangeRate> latestRates(CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.READ);
        return rates.latest(100);
    }

    /**
     * Replaces the employee's month, given in its salary's currency. Once a validated run paid that month, it is
     * closed: a correction goes into a later month's adjustments.
     */
    @Transactional
    public PayrollInput putInput(PayrollInput input, PayCurrency currency, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        Earner earner = earner(input.employee());
        if (currency != earner.currency()) {
            throw new InputCurrencyMismatch(currency, earner.currency());
        }
        runs.lockMonth(input.month());
        if (runs.paidFor(input.employee(), input.month())) {
            throw new InputLocked(input.month());
        }
        inputs.put(input);
        return input;
    }

    @Transactional(readOnly = true)
    public Optional<PayrollInput> input(EmployeeId employee, YearMonth month, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.READ);
        earner(employee);
        return inputs.of(employee, month);
    }

    @Transactional
    public void putDependents(EmployeeId employee, int dependents, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        earner(employee);
        if (dependents < 0 || dependents > MAX_DEPENDENTS) {
            throw new InvalidField("dependents", "hr.payroll.dependents_invalid", dependents);
        }
        inputs.putDependents(employee, dependents);
    }

    private Earner earner(EmployeeId employee) {
        return staff.find(employee).orElseThrow(() -> new UnknownEmployee(employee));
    }
}
