package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.YearMonth;
import java.util.Objects;

/** One employee's pay for the run's month; its figures never change once the run is validated. */
public record Payslip(PayslipId id, Earner earner, PayslipFigures figures) {

    public Payslip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(earner, "earner");
        Objects.requireNonNull(figures, "figures");
    }

    public EmployeeId employee() {
        return earner.id();
    }

    /** The reference printed on the payslip: {@code BP-2026-03-EMP-00042}. */
    public String reference(YearMonth month) {
        return "BP-" + month + "-" + earner.number();
    }
}
