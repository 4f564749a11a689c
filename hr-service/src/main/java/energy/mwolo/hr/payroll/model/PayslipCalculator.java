package energy.mwolo.hr.payroll.model;

import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.CNSS_EMPLOYEE;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.CNSS_FAMILY;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.CNSS_OCCUPATIONAL_RISKS;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.CNSS_PENSION;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.IPR_CAP;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.IPR_DEPENDENT_REDUCTION;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.IPR_MAX_DEPENDENTS;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.IPR_MINIMUM;
import static energy.mwolo.hr.payroll.model.PayrollRules.RateCode.ONEM;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One month's pay, in this order:
 * <ol>
 * <li>gross = base + allowances + overtime + adjustments, in the salary's currency; a dollar gross becomes francs at
 * the run's rate, rounded to the centime;</li>
 * <li>CNSS employee = gross CDF x its rate; taxable = gross CDF - CNSS employee;</li>
 * <li>IPR: the annual scale applied to taxable x 12, divided by 12; capped at the cap rate x taxable; reduced by
 * the reduction rate per dependent (at most the maximum number of dependents); rounded to the centime; then, if
 * positive, raised to the minimum (a tax of zero, income wholly in a 0 % band, stays zero), never above taxable;</li>
 * <li>net CDF = gross CDF - CNSS employee - IPR; the dollar figures are the franc ones divided by the rate;</li>
 * <li>employer charges on the gross CDF: CNSS pension, family, occupational risks; INPP at the band of the company's
 * headcount; ONEM.</li>
 * </ol>
 * Every figure is rounded half up to the centime once, where it is shown (see {@link Money}).
 */
public final class PayslipCalculator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private PayslipCalculator() {
    }

    /** @throws NegativeGross when adjustments take the month's gross below zero */
    public static PayslipFigures compute(Earner earner, PayrollInput input, PayrollRules rules, ExchangeRate rate,
                                         int headcount) {
        BigDecimal gross = earner.baseSalary().add(input.allowancesTotal()).add(input.overtime())
                .add(input.adjustmentsTotal());
        if (gross.signum() < 0) {
            throw new NegativeGross(earner.number(), gross);
        }
        boolean usd = earner.currency() == PayCurrency.USD;
        BigDecimal grossCdf = usd ? rate.toCdf(gross) : Money.cents(gross);
        BigDecimal cnss = contribution(grossCdf, rules.rate(CNSS_EMPLOYEE));
        BigDecimal taxable = grossCdf.subtract(cnss);

        BigDecimal scaleTax = rules.scale().annualTax(taxable.multiply(TWELVE))
                .divide(TWELVE, Money.EXACT, RoundingMode.HALF_UP);
        BigDecimal cap = taxable.multiply(rules.rate(IPR_CAP));
        boolean capped = scaleTax.compareTo(cap) > 0;
        int counted = Math.min(earner.dependents(), rules.rate(IPR_MAX_DEPENDENTS).intValue());
        BigDecimal reduction = BigDecimal.ONE.subtract(rules.rate(IPR_DEPENDENT_REDUCTION)
                .multiply(BigDecimal.valueOf(counted)));
        BigDecimal ipr = Money.cents(scaleTax.min(cap).multiply(reduction.max(BigDecimal.ZERO)));
        boolean minimumApplied = ipr.signum() > 0 && ipr.compareTo(rules.rate(IPR_MINIMUM)) < 0;
        if (minimumApplied) {
            ipr = Money.cents(rules.rate(IPR_MINIMUM).min(taxable));
        }
        BigDecimal netCdf = taxable.subtract(ipr);

        return new PayslipFigures(earner.currency(), Money.cents(earner.baseSalary()), input.allowances(),
                input.overtime(), input.adjustments(), Money.cents(gross), rate.cdfPerUsd(), grossCdf,
                usd ? Money.cents(gross) : rate.toUsd(grossCdf), cnss, taxable, earner.dependents(),
                Money.cents(scaleTax), capped, minimumApplied, ipr, netCdf, rate.toUsd(netCdf),
                contribution(grossCdf, rules.rate(CNSS_PENSION)), contribution(grossCdf, rules.rate(CNSS_FAMILY)),
                contribution(grossCdf, rules.rate(CNSS_OCCUPATIONAL_RISKS)),
                contribution(grossCdf, rules.inppRate(headcount)), contribution(grossCdf, rules.rate(ONEM)));
    }

    private static BigDecimal contribution(BigDecimal base, BigDecimal rate) {
        return Money.cents(base.multiply(rate));
    }
}
