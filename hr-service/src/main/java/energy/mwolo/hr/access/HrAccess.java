package energy.mwolo.hr.access;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Set;

/**
 * Who may do what in hr.
 * <ul>
 * <li>HR staff (roles HR, ADMIN, SUPER_ADMIN, holding {@code hr:read}) read everything and, with {@code hr:create} or
 * {@code hr:update}, manage. The permission alone is not enough: the seeded matrix gives EMPLOYEE {@code hr:create}
 * for its own leave requests and attendance.</li>
 * <li>An employee (the token's {@code employee_id}) reads its own record, salary and NIF included, and its own
 * leave; a manager reads its direct reports' records without salary nor NIF and decides their leave.</li>
 * </ul>
 */
public final class HrAccess {

    public static final String READ = "hr:read";
    public static final String CREATE = "hr:create";
    public static final String UPDATE = "hr:update";
    static final Set<String> STAFF_ROLES = Set.of("HR", "ADMIN", CurrentUser.SUPER_ADMIN);

    private HrAccess() {
    }

    public static boolean isHrStaff(CurrentUser user) {
        return user.authenticated() && user.roles().stream().anyMatch(STAFF_ROLES::contains) && user.can(READ);
    }

    /** 401 when anonymous, 403 unless HR staff holding the permission. */
    public static void requireHrStaff(CurrentUser user, String permission) {
        user.require(permission);
        if (!isHrStaff(user)) {
            throw new HrStaffOnly(permission);
        }
    }

    /** 401 when anonymous, 403 without {@code hr:read}. */
    public static void requireRead(CurrentUser user) {
        user.require(READ);
    }

    /** The employee the caller is, from identity's token; null for an account linked to no employee. */
    public static EmployeeId self(CurrentUser user) {
        return EmployeeId.ofNullable(user.employeeId());
    }

    /** Whether the caller may read an employee's leave and attendance: HR, the employee, its direct manager. */
    public static boolean mayReadRecordsOf(CurrentUser user, StaffMember employee) {
        requireRead(user);
        return isHrStaff(user) || employee.id().equals(self(user)) || isManagerOf(user, employee);
    }

    public static boolean isManagerOf(CurrentUser user, StaffMember employee) {
        return employee.manager() != null && employee.manager().equals(self(user));
    }

    static final class HrStaffOnly extends DomainException {
        HrStaffOnly(String permission) {
            super(ErrorKind.FORBIDDEN, "auth.permission_denied", null, permission);
        }
    }
}
