package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.math.BigDecimal;

/** Adjustments larger than the month's pay: the correction must be spread over more months. */
public class NegativeGross extends DomainException {

    public NegativeGross(String employeeNumber, BigDecimal gross) {
        super(ErrorKind.UNPROCESSABLE, "hr.payroll.negative_gross", null, employeeNumber, gross.toPlainString());
    }
}
