package energy.mwolo.hr.employees.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Another employee has this NIF. */
public class DuplicateNif extends DomainException {

    public DuplicateNif(Nif nif) {
        super(ErrorKind.CONFLICT, "hr.employee.nif_taken", "nif", nif.value());
    }
}
