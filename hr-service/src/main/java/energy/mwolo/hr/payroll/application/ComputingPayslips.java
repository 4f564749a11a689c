package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.payroll.model.Earner;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.PayrollInput;
import energy.mwolo.hr.payroll.model.PayrollInputs;
import energy.mwolo.hr.payroll.model.PayrollRuleBook;
import energy.mwolo.hr.payroll.model.PayrollRules;
import energy.mwolo.hr.payroll.model.PayrollStaff;
import energy.mwolo.hr.payroll.model.Payslip;
import energy.mwolo.hr.payroll.model.PayslipCalculator;
import energy.mwolo.hr.payroll.model.PayslipId;
import energy.mwolo.hr.payroll.model.RunScope;
import energy.mwolo.hr.kernel.EmployeeId;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The payslips of a month for a scope: everyone present some day of it, with the month's inputs, under the rules in
 * force on the month's last day (December 2025 is paid under 2025's law, even if the run is dated January).
 */
@Component
class ComputingPayslips {

    private final PayrollStaff staff;
    private final PayrollInputs inputs;
    private final PayrollRuleBook ruleBook;

    ComputingPayslips(PayrollStaff staff, PayrollInputs inputs, PayrollRuleBook ruleBook) {
        this.staff = staff;
        this.inputs = inputs;
        this.ruleBook = ruleBook;
    }

    List<Payslip> compute(YearMonth month, RunScope scope, ExchangeRate rate) {
        PayrollRules rules = ruleBook.inForceOn(month.atEndOfMonth());
        int headcount = staff.headcount(month);
        Map<EmployeeId, PayrollInput> monthInputs = inputs.ofMonth(month);
        List<Earner> earners = staff.presentIn(month, scope);
        return earners.stream().map(earner -> new Payslip(PayslipId.newId(), earner,
                PayslipCalculator.compute(earner, monthInputs.getOrDefault(earner.id(),
                        PayrollInput.none(earner.id(), month)), rules, rate, headcount))).toList();
    }
}
