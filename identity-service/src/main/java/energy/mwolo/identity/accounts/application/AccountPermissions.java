package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.roles.Role;
import energy.mwolo.platform.security.CurrentUser;

/** Permissions on accounts. Accounts are never deleted: disabling one is what {@code accounts:delete} allows. */
public final class AccountPermissions {

    public static final String CREATE = "accounts:create";
    public static final String READ = "accounts:read";
    public static final String UPDATE = "accounts:update";
    public static final String DELETE = "accounts:delete";

    private AccountPermissions() {
    }

    static boolean isSuperAdmin(CurrentUser user) {
        return user.hasRole(Role.SUPER_ADMIN.name());
    }
}
