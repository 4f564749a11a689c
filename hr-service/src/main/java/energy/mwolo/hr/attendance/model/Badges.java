package energy.mwolo.hr.attendance.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Every badge ever issued; the revoked ones are the revocation list. */
public interface Badges {

    Optional<Badge> byId(BadgeId id);

    /**
     * Serialises badge issues for one employee until the transaction ends: with no badge in force there is no row to
     * lock, and two concurrent issues would both pass to the unique index.
     */
    void lockHolder(EmployeeId employee);

    /** The employee's badges not revoked, locked until the transaction ends. */
    List<Badge> lockActiveOf(EmployeeId employee);

    List<Badge> of(EmployeeId employee);

    void add(Badge badge);

    void update(Badge badge);
}
