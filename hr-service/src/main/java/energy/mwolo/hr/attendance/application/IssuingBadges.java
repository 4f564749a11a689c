package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.attendance.model.Badge;
import energy.mwolo.hr.attendance.model.BadgeId;
import energy.mwolo.hr.attendance.model.BadgeSigner;
import energy.mwolo.hr.attendance.model.Badges;
import energy.mwolo.hr.employees.model.EmployeeNotFound;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR issues and revokes badges. An employee has one badge in force: a new one revokes the previous (a lost card is
 * replaced, the finder's copy stops working). The token is answered at issue for printing; it names the badge only.
 */
@Service
public class IssuingBadges {

    private final Badges badges;
    private final BadgeSettings settings;
    private final StaffDirectory staff;
    private final Clock clock;

    IssuingBadges(Badges badges, BadgeSettings settings, StaffDirectory staff, Clock clock) {
        this.badges = badges;
        this.settings = settings;
        this.staff = staff;
        this.clock = clock;
    }

    /** A badge and its token. */
    public record IssuedBadge(Badge badge, String token) {
    }

    @Transactional
    public IssuedBadge issue(EmployeeId employee, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        BadgeSigner signer = settings.signer().orElseThrow(BadgesNotConfigured::new);
        if (employee == null) {
            throw InvalidField.required("employee");
        }
        staff.find(employee).filter(member -> !member.left())
                .orElseThrow(() -> new InvalidField("employee", "hr.employee.not_found", employee));
        badges.lockHolder(employee);
        for (Badge previous : badges.lockActiveOf(employee)) {
            previous.revoke(clock.instant());
            badges.update(previous);
        }
        Badge badge = Badge.issue(employee, clock.instant());
        badges.add(badge);
        return new IssuedBadge(badge, signer.tokenOf(badge.id()));
    }

    /** Revoking a revoked badge changes nothing. */
    @Transactional
    public Badge revoke(BadgeId id, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        Badge badge = badges.byId(id).orElseThrow(() -> new BadgeNotFound(id));
        if (badge.revoke(clock.instant())) {
            badges.update(badge);
        }
        return badge;
    }

    @Transactional(readOnly = true)
    public List<Badge> of(EmployeeId employee, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.READ);
        staff.find(employee).orElseThrow(() -> new EmployeeNotFound(employee));
        return badges.of(employee);
    }

    static final class BadgeNotFound extends DomainException {
        BadgeNotFound(BadgeId id) {
            super(ErrorKind.NOT_FOUND, "hr.badge.not_found", null, id);
        }
    }
}
