package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.model.PayrollRules.RateCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rules the migration seeds, an exchange rate of 2,850 CDF per dollar, and earners to pay. */
final class PayrollFixtures {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final ExchangeRate RATE = new ExchangeRate(LocalDate.of(2026, 3, 31), new BigDecimal("2850"));

    private PayrollFixtures() {
    }

    /** CNSS 5 % / 5 + 6.5 + 1.5 %, ONEM 0.2 %, IPR scale 3/15/30/40 %, cap 30 %, minimum 2,500, 2 % a dependent. */
    static PayrollRules seeded() {
        return rules(new TaxScale(List.of(
                bracket("0", "1944000", "0.03"),
                bracket("1944000", "21600000", "0.15"),
                bracket("21600000", "43200000", "0.30"),
                bracket("43200000", null, "0.40"))));
    }

    static PayrollRules rules(TaxScale scale) {
        Map<RateCode, BigDecimal> rates = new EnumMap<>(RateCode.class);
        rates.put(RateCode.CNSS_EMPLOYEE, new BigDecimal("0.05"));
        rates.put(RateCode.CNSS_PENSION, new BigDecimal("0.05"));
        rates.put(RateCode.CNSS_FAMILY, new BigDecimal("0.065"));
        rates.put(RateCode.CNSS_OCCUPATIONAL_RISKS, new BigDecimal("0.015"));
        rates.put(RateCode.ONEM, new BigDecimal("0.002"));
        rates.put(RateCode.IPR_CAP, new BigDecimal("0.30"));
        rates.put(RateCode.IPR_MINIMUM, new BigDecimal("2500"));
        rates.put(RateCode.IPR_DEPENDENT_REDUCTION, new BigDecimal("0.02"));
        rates.put(RateCode.IPR_MAX_DEPENDENTS, new BigDecimal("9"));
        return new PayrollRules(LocalDate.of(2026, 3, 31), rates, scale, List.of(
                new InppBand(1, 50, new BigDecimal("0.03")),
                new InppBand(51, 300, new BigDecimal("0.02")),
                new InppBand(301, null, new BigDecimal("0.01"))));
    }

    static Bracket bracket(String from, String upTo, String rate) {
        return new Bracket(new BigDecimal(from), upTo == null ? null : new BigDecimal(upTo), new BigDecimal(rate));
    }

    static Earner earner(String salary, PayCurrency currency, int dependents) {
        return new Earner(EmployeeId.newId(), "EMP-00001", "Aimée Mbuyi", UUID.randomUUID(), new BigDecimal(salary),
                currency, dependents);
    }

    static PayrollInput input(Earner earner, List<PayLine> allowances, String overtime) {
        return new PayrollInput(earner.id(), MARCH, allowances, new BigDecimal(overtime), List.of());
    }

    static PayLine line(String label, String amount) {
        return new PayLine(label, new BigDecimal(amount));
    }
}
