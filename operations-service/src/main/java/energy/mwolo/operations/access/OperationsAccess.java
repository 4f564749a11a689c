package energy.mwolo.operations.access;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Set;

/**
 * Who may see and change operations' records.
 * <ul>
 * <li>Staff read with {@code operations:read} (OPERATIONS, ADMIN). SALES_AGENT and ACCOUNTANT read too, by role: the
 * issue grants it while the seeded permission matrix gives them no operations permission yet.</li>
 * <li>Writes need {@code operations:create} or {@code operations:update}; a customer's token never writes.</li>
 * <li>A CLIENT reads only meters, and only its own ({@link ReadScope}); equipment and interventions are staff's.</li>
 * <li>Changing an intervention also needs it to be assigned to the caller, unless the caller holds
 * {@code operations:approve} (supervisors, ADMIN): see {@code interventions.application.InterventionRules}.</li>
 * </ul>
 */
public final class OperationsAccess {

    public static final String READ = "operations:read";
    public static final String CREATE = "operations:create";
    public static final String UPDATE = "operations:update";
    public static final String APPROVE = "operations:approve";
    public static final String CLIENT_ROLE = "CLIENT";
    /** Roles that read operations' records without holding {@link #READ}. */
    static final Set<String> READERS_BY_ROLE = Set.of("SALES_AGENT", "ACCOUNTANT");

    private OperationsAccess() {
    }

    /** The meters a caller may read: all of them (staff), or one client's. Throws 401/403 for anyone else. */
    public static ReadScope meterScope(CurrentUser user) {
        if (isCustomer(user)) {
            return ReadScope.ofClient(user.clientId());
        }
        requireStaffRead(user);
        return ReadScope.ALL;
    }

    /** Equipment and interventions: staff only; a customer gets 403. */
    public static void requireStaffRead(CurrentUser user) {
        user.requireSignedIn();
        if (isCustomer(user)) {
            throw new StaffOnly(READ);
        }
        if (!user.can(READ) && user.roles().stream().noneMatch(READERS_BY_ROLE::contains)) {
            user.require(READ);
        }
    }

    /** Writes are for staff holding the permission: a customer's token never writes, even if it carries it. */
    public static void requireWrite(CurrentUser user, String permission) {
        user.require(permission);
        if (isCustomer(user)) {
            throw new StaffOnly(permission);
        }
    }

    private static boolean isCustomer(CurrentUser user) {
        return user.authenticated() && user.hasRole(CLIENT_ROLE) && !user.hasRole(CurrentUser.SUPER_ADMIN);
    }

    static final class StaffOnly extends DomainException {
        StaffOnly(String permission) {
            super(ErrorKind.FORBIDDEN, "auth.permission_denied", null, permission);
        }
    }
}
