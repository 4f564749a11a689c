package energy.mwolo.geo.agencies.application;

import energy.mwolo.platform.security.CurrentUser;

/** Permissions on agencies. Anyone may see open agencies; closed ones only people who manage or read agencies. */
public final class AgencyPermissions {

    public static final String CREATE = "agencies:create";
    public static final String READ = "agencies:read";
    public static final String UPDATE = "agencies:update";
    public static final String DELETE = "agencies:delete";

    private AgencyPermissions() {
    }

    static boolean maySeeClosedAgencies(CurrentUser user) {
        return user.can(READ) || user.can(UPDATE) || user.can(DELETE);
    }
}
