package energy.mwolo.hr.payroll.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every figure of one payslip. Amounts in the salary's currency: {@code base}, the lines, {@code overtime},
 * {@code gross}. In CDF: everything from {@code grossCdf} on. {@code grossUsd} and {@code netUsd} show the same pay
 * in dollars at the run's rate (for a dollar salary, {@code grossUsd} is {@code gross}).
 */
public record PayslipFigures(
        PayCurrency currency,
        BigDecimal base,
        List<PayLine> allowances,
        BigDecimal overtime,
        List<PayLine> adjustments,
        BigDecimal gross,
        BigDecimal exchangeRate,
        BigDecimal grossCdf,
        BigDecimal grossUsd,
        BigDecimal cnssEmployee,
        BigDecimal taxable,
        int dependents,
        /* the scale's tax before the cap, the reduction and the minimum, to the centime */
        BigDecimal iprScale,
        boolean iprCapped,
        boolean iprMinimumApplied,
        BigDecimal ipr,
        BigDecimal netCdf,
        BigDecimal netUsd,
        BigDecimal employerPension,
        BigDecimal employerFamily,
        BigDecimal employerOccupationalRisks,
        BigDecimal inpp,
        BigDecimal onem) {

    public PayslipFigures {
        allowances = List.copyOf(allowances);
        adjustments = List.copyOf(adjustments);
    }

    /** What the employer pays beyond the gross: CNSS (pension, family, occupational risks), INPP and ONEM. */
    public BigDecimal employerCharges() {
        return employerPension.add(employerFamily).add(employerOccupationalRisks).add(inpp).add(onem);
    }

    /** What reaches the employee, in its salary's currency. */
    public BigDecimal netInSalaryCurrency() {
        return currency == PayCurrency.USD ? netUsd : netCdf;
    }
}
