package energy.mwolo.hr.payroll.model;

import java.time.LocalDate;

/** The payroll's rates, IPR scale and INPP bands, each valid from a day until the next one of its kind. */
public interface PayrollRuleBook {

    /** @throws PayrollRulesMissing when a rate, the scale or the bands have nothing in force that day */
    PayrollRules inForceOn(LocalDate day);
}
