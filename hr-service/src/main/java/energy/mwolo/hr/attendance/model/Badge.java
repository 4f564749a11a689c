package energy.mwolo.hr.attendance.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.Instant;
import java.util.Objects;

/**
 * A badge HR gave an employee. It names the employee at a registered kiosk and nowhere else: it opens no session.
 * Revoked (lost, replaced, employee gone), it is refused for good, whatever its signature.
 */
public final class Badge {

    private final BadgeId id;
    private final EmployeeId employee;
    private final Instant issuedAt;
    private Instant revokedAt;

    private Badge(BadgeId id, EmployeeId employee, Instant issuedAt, Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.employee = Objects.requireNonNull(employee, "employee");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.revokedAt = revokedAt;
    }

    public static Badge issue(EmployeeId employee, Instant at) {
        return new Badge(BadgeId.newId(), employee, at, null);
    }

    public static Badge restore(BadgeId id, EmployeeId employee, Instant issuedAt, Instant revokedAt) {
        return new Badge(id, employee, issuedAt, revokedAt);
    }

    /** @return false when it was revoked already (the first revocation's time stays) */
    public boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    /** @throws BadgeRefused ({@code hr.badge.revoked}) once revoked */
    public EmployeeId holder() {
        if (revokedAt != null) {
            throw new BadgeRefused("hr.badge.revoked");
        }
        return employee;
    }

    public BadgeId id() {
        return id;
    }

    public EmployeeId employee() {
        return employee;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
