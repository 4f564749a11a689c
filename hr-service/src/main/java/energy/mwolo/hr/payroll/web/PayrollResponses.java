package energy.mwolo.hr.payroll.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.payroll.application.PayslipView;
import energy.mwolo.hr.payroll.application.RunView;
import energy.mwolo.hr.payroll.model.PayLine;
import energy.mwolo.hr.payroll.model.PayslipFigures;
import energy.mwolo.hr.payroll.model.RunTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the payroll API answers; amounts are strings. */
final class PayrollResponses {

    private PayrollResponses() {
    }

    /**
     * A run's sums over its payslips, all in CDF as decimal strings such as {@code "12500000.00"}: no one's pay is
     * shown.
     *
     * @param payslips how many payslips the run holds
     * @param grossCdf the gross pay, converted to CDF
     * @param cnssEmployeeCdf the employees' social security (CNSS) contributions withheld
     * @param iprCdf the income tax (IPR) withheld
     * @param netCdf the net pay
     * @param cnssEmployerCdf the employer's CNSS contributions: pension, family and occupational risks together
     * @param inppCdf the employer's INPP levy (vocational training)
     * @param onemCdf the employer's ONEM levy (employment office)
     */
    record Totals(int payslips,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossCdf,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cnssEmployeeCdf,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal iprCdf,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netCdf,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cnssEmployerCdf,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inppCdf,
                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onemCdf) {

        static Totals from(RunTotals t) {
            return new Totals(t.payslips(), t.grossCdf(), t.cnssEmployee(), t.ipr(), t.netCdf(), t.cnssEmployer(),
                    t.inpp(), t.onem());
        }
    }

    /**
     * A payroll run: a month's pay for one agency or the whole company, with its totals, all the accountant sees.
     * Its payslips are listed on their own.
     *
     * @param id the run's id
     * @param month the month paid, {@code yyyy-MM}
     * @param agency the agency (geo-service) whose staff it pays; null for a run of the whole company
     * @param runDate the day whose exchange rate converts dollar pay to CDF, ISO {@code yyyy-MM-dd}
     * @param exchangeRate that day's rate, Congolese francs for one US dollar, as a decimal string such as
     *                     {@code "2850.5000"}
     * @param status {@code draft} (may be recomputed), {@code validated} (frozen) or {@code paid}
     * @param totals the sums over its payslips, in CDF
     * @param createdAt when the run was drafted, ISO-8601 UTC instant
     * @param validatedAt when it was validated, ISO-8601 UTC instant; null while a draft
     * @param paidAt when it was declared paid, ISO-8601 UTC instant; null until then
     */
    record Run(UUID id, String month, UUID agency, LocalDate runDate,
               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exchangeRate, String status, Totals totals,
               Instant createdAt, Instant validatedAt, Instant paidAt) {

        static Run from(RunView run) {
            return new Run(run.id().value(), run.month().toString(), run.scope().agency(), run.runDate(),
                    run.exchangeRate(), Codes.of(run.status()), Totals.from(run.totals()), run.createdAt(),
                    run.validatedAt(), run.paidAt());
        }
    }

    /**
     * One labelled amount of a month's pay: an allowance or an adjustment.
     *
     * @param label what it is, e.g. {@code Transport}
     * @param amount the amount in the employee's salary currency, as a decimal string such as {@code "50.00"};
     *               an adjustment may be negative
     */
    record Line(String label, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

        static List<Line> of(List<PayLine> lines) {
            return lines.stream().map(line -> new Line(line.label(), line.amount())).toList();
        }
    }

    /**
     * One employee's payslip for a run's month. Amounts are decimal strings such as {@code "1250.00"}: {@code base},
     * the lines, {@code overtime} and {@code gross} in the salary's {@code currency}; everything from
     * {@code gross_cdf} on in CDF, except {@code gross_usd} and {@code net_usd}, the same pay in US dollars at the
     * run's rate.
     *
     * @param id the payslip's id
     * @param reference the reference printed on the payslip, {@code BP-<month>-<employee number>}, e.g.
     *                  {@code BP-2026-03-EMP-00042}
     * @param run the payroll run it belongs to
     * @param month the month paid, {@code yyyy-MM}
     * @param status its run's status: {@code draft}, {@code validated} or {@code paid}
     * @param employee the employee paid
     * @param employeeNumber the employee's number, {@code EMP-<NNNNN>}
     * @param employeeName the employee's first name, last name and post-nom, as they were when the run was computed
     * @param currency the salary's currency, {@code USD} or {@code CDF}
     * @param dependents the dependents declared for the employee, each reducing the income tax (IPR) up to the
     *                   number the payroll rules allow
     * @param base the monthly base salary
     * @param allowances the month's allowances
     * @param overtime the month's overtime pay
     * @param adjustments the month's signed corrections of earlier months
     * @param gross base + allowances + overtime + adjustments, in the salary's currency
     * @param exchangeRate the run's rate, Congolese francs for one US dollar
     * @param grossCdf the gross in CDF (a dollar gross converted at the run's rate)
     * @param grossUsd the gross in US dollars (for a dollar salary, the same as {@code gross})
     * @param cnssEmployee the employee's social security (CNSS) contribution withheld, in CDF
     * @param taxable the income the tax is computed on: {@code gross_cdf} less {@code cnss_employee}, in CDF
     * @param iprScale the tax the IPR scale gives before the cap, the dependents' reduction and the minimum, in CDF
     * @param iprCapped whether the cap (a share of the taxable income) lowered the tax
     * @param iprMinimumApplied whether the monthly minimum raised the tax
     * @param ipr the income tax (IPR) withheld, in CDF
     * @param netCdf the net pay: {@code gross_cdf} less {@code cnss_employee} and {@code ipr}, in CDF
     * @param netUsd the net pay in US dollars at the run's rate
     * @param employerPension the employer's CNSS pension contribution, in CDF
     * @param employerFamily the employer's CNSS family allowances contribution, in CDF
     * @param employerOccupationalRisks the employer's CNSS occupational risks contribution, in CDF
     * @param inpp the employer's INPP levy (vocational training), in CDF
     * @param onem the employer's ONEM levy (employment office), in CDF
     */
    record Payslip(UUID id, String reference, UUID run, String month, String status, UUID employee,
                   String employeeNumber, String employeeName, String currency, int dependents,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal base,
                   List<Line> allowances,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overtime,
                   List<Line> adjustments,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exchangeRate,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossCdf,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossUsd,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cnssEmployee,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxable,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal iprScale,
                   boolean iprCapped,
                   boolean iprMinimumApplied,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ipr,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netCdf,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netUsd,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal employerPension,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal employerFamily,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal employerOccupationalRisks,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inpp,
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onem) {

        static Payslip from(PayslipView view) {
            var payslip = view.payslip();
            PayslipFigures f = payslip.figures();
            return new Payslip(payslip.id().value(), view.reference(), view.run().value(), view.month().toString(),
                    Codes.of(view.status()), payslip.employee().value(), payslip.earner().number(),
                    payslip.earner().name(), f.currency().name(), f.dependents(), f.base(), Line.of(f.allowances()),
                    f.overtime(), Line.of(f.adjustments()), f.gross(), f.exchangeRate(), f.grossCdf(), f.grossUsd(),
                    f.cnssEmployee(), f.taxable(), f.iprScale(), f.iprCapped(), f.iprMinimumApplied(), f.ipr(),
                    f.netCdf(), f.netUsd(), f.employerPension(), f.employerFamily(),
                    f.employerOccupationalRisks(), f.inpp(), f.onem());
        }
    }
}
