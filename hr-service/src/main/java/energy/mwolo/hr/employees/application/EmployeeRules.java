package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.employees.model.AccountTaken;
import energy.mwolo.hr.employees.model.DuplicateNif;
import energy.mwolo.hr.employees.model.EmployeeDetails;
import energy.mwolo.hr.employees.model.Employees;
import energy.mwolo.hr.employees.model.UnknownManager;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The checks hiring and revising share: a known agency, an existing manager, unique NIF and account. */
@Component
class EmployeeRules {

    private final Employees employees;
    private final Agencies agencies;

    EmployeeRules(Employees employees, Agencies agencies) {
        this.employees = employees;
        this.agencies = agencies;
    }

    void check(EmployeeDetails details, EmployeeId manager, EmployeeId self) {
        if (!agencies.exists(details.agency())) {
            throw new InvalidField("agency", "hr.employee.agency_unknown", details.agency());
        }
        if (manager != null && !manager.equals(self) && !employees.exists(manager)) {
            throw new UnknownManager(manager);
        }
        if (details.nif() != null && employees.nifTaken(details.nif(), self)) {
            throw new DuplicateNif(details.nif());
        }
    }

    void checkAccountFree(UUID account, EmployeeId self) {
        if (employees.accountTaken(account, self)) {
            throw new AccountTaken(account);
        }
    }
}
