package energy.mwolo.hr.attendance.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Every badge ever issued; the revoked ones are the revocation list. */
public interface Badges {

    Optional<Badge> byId(BadgeId id);

    /** The employee's badges not revoked, locked until the transaction ends. */
    List<Badge> lockActiveOf(EmployeeId employee);

    List<Badge> of(EmployeeId employee);

    void add(Badge badge);

    void update(Badge badge);
}
