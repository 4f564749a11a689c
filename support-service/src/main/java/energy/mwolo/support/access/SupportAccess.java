package energy.mwolo.support.access;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in support.
 * <ul>
 * <li>A client (role CLIENT) opens tickets for, and reads, only the client its token names ({@code client_id});
 * another client's ticket does not exist for it (404), nor do internal notes.</li>
 * <li>Support staff (any other role holding {@code support:read}: ADMIN, SUPER_ADMIN, or a role the matrix gives
 * support rights) read every ticket; with {@code support:update} they reply, write internal notes, move and assign.</li>
 * <li>OPERATIONS reads the outage and meter tickets of its own agency (token {@code agency_id}) by role: the seeded
 * matrix gives it no support permission, while the field teams need to see what customers report.</li>
 * </ul>
 */
public final class SupportAccess {

    public static final String READ = "support:read";
    public static final String CREATE = "support:create";
    public static final String UPDATE = "support:update";
    public static final String CLIENT = "CLIENT";
    public static final String OPERATIONS = "OPERATIONS";
    private static final Set<String> FIELD_CATEGORIES = Set.of("outage", "meter");

    private SupportAccess() {
    }

    /** A customer's account: whatever else its token says, it is never staff. */
    public static boolean isClient(CurrentUser user) {
        return user.authenticated() && user.hasRole(CLIENT);
    }

    /** Support staff: not a client, and holding {@code support:read}. */
    public static boolean isStaff(CurrentUser user) {
        return user.authenticated() && !user.hasRole(CLIENT) && user.can(READ);
    }

    /** OPERATIONS without support rights: reads its agency's field tickets only. */
    public static boolean isFieldStaff(CurrentUser user) {
        return user.authenticated() && user.hasRole(OPERATIONS) && !isStaff(user);
    }

    /** 401 when anonymous; 403 unless the caller may read some ticket. */
    public static void requireSomeRead(CurrentUser user) {
        if (isFieldStaff(user)) {
            return;
        }
        user.require(READ);
    }

    /** 401 when anonymous, 403 unless support staff holding {@code support:update}. */
    public static void requireAgent(CurrentUser user) {
        user.require(UPDATE);
        if (!isStaff(user)) {
            throw new StaffOnly(UPDATE);
        }
    }

    /** Whether the caller may read a ticket of that client, agency and category (the caller reads something). */
    public static boolean mayRead(CurrentUser user, UUID client, UUID agency, String category) {
        if (isStaff(user)) {
            return true;
        }
        if (isFieldStaff(user)) {
            return user.agencyId() != null && user.agencyId().equals(agency) && FIELD_CATEGORIES.contains(category);
        }
        return isClient(user) && user.clientId() != null && user.clientId().equals(client);
    }

    static final class StaffOnly extends DomainException {
        StaffOnly(String permission) {
            super(ErrorKind.FORBIDDEN, "auth.permission_denied", null, permission);
        }
    }
}
