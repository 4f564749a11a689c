package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No run has that id (or the caller may not know of it). */
public class RunNotFound extends DomainException {

    public RunNotFound(Object id) {
        super(ErrorKind.NOT_FOUND, "hr.payroll.run_not_found", null, id);
    }
}
