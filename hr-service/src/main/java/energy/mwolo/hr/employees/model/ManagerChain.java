package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The hierarchy above an employee, walked manager by manager. The caller holds the hierarchy lock
 * ({@link Employees#lockHierarchy()}) so that two concurrent changes cannot each close half of a cycle.
 */
@FunctionalInterface
public interface ManagerChain {

    /** The manager of {@code employee}, empty at the top or for an unknown employee. */
    Optional<EmployeeId> managerOf(EmployeeId employee);

    /** @throws ManagerCycle when {@code manager} is {@code employee} or anyone above {@code manager} is */
    default void requireNoCycle(EmployeeId employee, EmployeeId manager) {
        Set<EmployeeId> seen = new HashSet<>();
        for (EmployeeId above = manager; above != null && seen.add(above); above = managerOf(above).orElse(null)) {
            if (above.equals(employee)) {
                throw new ManagerCycle(employee, manager);
            }
        }
    }
}
