package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No payslip has that id, or it is someone else's: both answer 404, so ids cannot be probed. */
public class PayslipNotFound extends DomainException {

    public PayslipNotFound(Object id) {
        super(ErrorKind.NOT_FOUND, "hr.payroll.payslip_not_found", null, id);
    }
}
