package energy.mwolo.geo.agencies.application;

import energy.mwolo.platform.security.CurrentUser;

/**
 * Permissions on agencies. Anyone may see open agencies; closed ones, and who manages each agency, only people who
 * manage or read agencies.
 */
public final class AgencyPermissions {

    public static final String CREATE = "agencies:create";
    public static final String READ = "agencies:read";
    public static final String UPDATE = "agencies:update";
    public static final String DELETE = "agencies:delete";

    private AgencyPermissions() {
    }

    static boolean maySeeClosedAgencies(CurrentUser user) {
        return readsAsStaff(user);
    }

    /** The manager is a staff member's user id: not for the public, nor for customers. */
    static boolean maySeeManagers(CurrentUser user) {
        return readsAsStaff(user);
    }

    private static boolean readsAsStaff(CurrentUser user) {
        return user.can(READ) || user.can(UPDATE) || user.can(DELETE);
    }
}
