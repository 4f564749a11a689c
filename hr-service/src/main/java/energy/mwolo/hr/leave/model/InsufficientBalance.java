package energy.mwolo.hr.leave.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.math.BigDecimal;

/** The balance does not cover the days asked. */
public class InsufficientBalance extends DomainException {

    public InsufficientBalance(BigDecimal days, BigDecimal available) {
        super(ErrorKind.UNPROCESSABLE, "hr.leave.insufficient_balance", null, days.toPlainString(),
                available.toPlainString());
    }
}
