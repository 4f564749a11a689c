package energy.mwolo.hr.employees.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an employee stands. Active, suspended (disciplinary, pay stopped) and on leave (a long absence HR records:
 * maternity, sick leave) move between each other through active; any of them may leave; LEFT is final.
 */
public enum EmployeeStatus {
    ACTIVE, SUSPENDED, ON_LEAVE, LEFT;

    /** The statuses this one may change to. */
    public Set<EmployeeStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(SUSPENDED, ON_LEAVE, LEFT);
            case SUSPENDED, ON_LEAVE -> EnumSet.of(ACTIVE, LEFT);
            case LEFT -> EnumSet.noneOf(EmployeeStatus.class);
        };
    }
}
