package energy.mwolo.hr.payroll.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rates, scale and bands in force on one day, as the data says (each with its own validity dates): a change of
 * law, such as 2026's, is new rows, never new code. Rates are fractions ({@code 0.05} for 5 %).
 */
public record PayrollRules(LocalDate day, Map<RateCode, BigDecimal> rates, TaxScale scale, List<InppBand> inppBands) {

    /** The rates by their codes in the data. */
    public enum RateCode {
        CNSS_EMPLOYEE, CNSS_PENSION, CNSS_FAMILY, CNSS_OCCUPATIONAL_RISKS, ONEM, IPR_CAP, IPR_MINIMUM,
        IPR_DEPENDENT_REDUCTION, IPR_MAX_DEPENDENTS
    }

    public PayrollRules {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(scale, "scale");
        rates = Map.copyOf(rates);
        inppBands = List.copyOf(inppBands);
        for (RateCode code : RateCode.values()) {
            if (!rates.containsKey(code)) {
                throw new PayrollRulesMissing(day, code.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    public BigDecimal rate(RateCode code) {
        return rates.get(code);
    }

    /** @throws PayrollRulesMissing when no band covers the headcount */
    public BigDecimal inppRate(int headcount) {
        return inppBands.stream().filter(band -> band.covers(headcount)).map(InppBand::rate).findFirst()
                .orElseThrow(() -> new PayrollRulesMissing(day, "inpp"));
    }
}
