package energy.mwolo.crm.access;

import energy.mwolo.platform.security.CurrentUser;
import java.util.UUID;

/**
 * Who may see and change CRM records. Staff read with {@code crm:read} and write with {@code crm:create} or
 * {@code crm:update}. A CLIENT sees only its own client's records, whatever its permissions say: records of other
 * clients are reported as not found, so ids cannot be enumerated.
 */
public final class CrmAccess {

    public static final String READ = "crm:read";
    public static final String CREATE = "crm:create";
    public static final String UPDATE = "crm:update";
    public static final String CLIENT_ROLE = "CLIENT";

    private CrmAccess() {
    }

    /** The records a caller may read: all of them, or one client's. Throws 401/403 for anyone else. */
    public static ReadScope readScope(CurrentUser user) {
        if (user.authenticated() && user.hasRole(CLIENT_ROLE) && !user.hasRole(CurrentUser.SUPER_ADMIN)) {
            return ReadScope.ofClient(user.clientId());
        }
        user.require(READ);
        return ReadScope.ALL;
    }

    /** Writes are for staff only: a customer's token never writes, even if it carries the permission. */
    public static void requireWrite(CurrentUser user, String permission) {
        user.require(permission);
        if (user.hasRole(CLIENT_ROLE) && !user.hasRole(CurrentUser.SUPER_ADMIN)) {
            throw new StaffOnly(permission);
        }
    }

    /**
     * The records readable in one request.
     *
     * @param ownClient the only client whose records are visible, or null when all are (staff)
     * @param restricted true for a customer; a customer whose token has no client yet sees nothing
     */
    public record ReadScope(UUID ownClient, boolean restricted) {

        public static final ReadScope ALL = new ReadScope(null, false);

        static ReadScope ofClient(UUID client) {
            return new ReadScope(client, true);
        }

        public boolean allows(UUID clientId) {
            return !restricted || (ownClient != null && ownClient.equals(clientId));
        }
    }
}
