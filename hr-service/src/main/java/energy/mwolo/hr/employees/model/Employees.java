package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.util.Optional;
import java.util.UUID;

/** Every employee, present or gone. */
public interface Employees extends ManagerChain {

    /** Locks the employee until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<Employee> byId(EmployeeId id);

    boolean exists(EmployeeId id);

    EmployeeNumber nextNumber();

    /** Serialises changes of managers across the company until the transaction ends. */
    void lockHierarchy();

    boolean nifTaken(Nif nif, EmployeeId except);

    boolean accountTaken(UUID account, EmployeeId except);

    /** @throws DuplicateNif when a concurrent write took the NIF first */
    void add(Employee employee);

    void update(Employee employee);
}
