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

    /** A run with its totals: all the accountant sees. */
    record Run(UUID id, String month, UUID agency, LocalDate runDate,
               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exchangeRate, String status, Totals totals,
               Instant createdAt, Instant validatedAt, Instant paidAt) {

        static Run from(RunView run) {
            return new Run(run.id().value(), run.month().toString(), run.scope().agency(), run.runDate(),
                    run.exchangeRate(), Codes.of(run.status()), Totals.from(run.totals()), run.createdAt(),
                    run.validatedAt(), run.paidAt());
        }
    }

    record Line(String label, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

        static List<Line> of(List<PayLine> lines) {
            return lines.stream().map(line -> new Line(line.label(), line.amount())).toList();
        }
    }

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
