package energy.mwolo.hr.payroll.model;

import java.math.BigDecimal;
import java.util.List;

/** A run's sums in CDF: what the accountant sees, without anyone's pay. */
public record RunTotals(int payslips, BigDecimal grossCdf, BigDecimal cnssEmployee, BigDecimal ipr,
                        BigDecimal netCdf, BigDecimal cnssEmployer, BigDecimal inpp, BigDecimal onem) {

    public static RunTotals of(List<Payslip> payslips) {
        BigDecimal gross = Money.ZERO;
        BigDecimal cnss = Money.ZERO;
        BigDecimal ipr = Money.ZERO;
        BigDecimal net = Money.ZERO;
        BigDecimal employer = Money.ZERO;
        BigDecimal inpp = Money.ZERO;
        BigDecimal onem = Money.ZERO;
        for (Payslip payslip : payslips) {
            PayslipFigures f = payslip.figures();
            gross = gross.add(f.grossCdf());
            cnss = cnss.add(f.cnssEmployee());
            ipr = ipr.add(f.ipr());
            net = net.add(f.netCdf());
            employer = employer.add(f.employerPension()).add(f.employerFamily()).add(f.employerOccupationalRisks());
            inpp = inpp.add(f.inpp());
            onem = onem.add(f.onem());
        }
        return new RunTotals(payslips.size(), gross, cnss, ipr, net, employer, inpp, onem);
    }
}
