package energy.mwolo.billing.access;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.UUID;

/**
 * Who may see and change billing records. Staff read with {@code billing:read} (accountants, administrators, sales
 * agents) and write with {@code billing:create} or {@code billing:update} (accountants, administrators). A CLIENT
 * sees only its own client's invoices and credit notes, whatever its permissions say: another client's are reported
 * as not found, so ids cannot be enumerated; a customer whose token names no client sees none. Customers never
 * write here, and never see the back office's records (runs, consumption, rates entry).
 */
public final class BillingAccess {

    public static final String READ = "billing:read";
    public static final String CREATE = "billing:create";
    public static final String UPDATE = "billing:update";
    public static final String CLIENT_ROLE = "CLIENT";

    private BillingAccess() {
    }

    /** The invoices and credit notes a caller may read: all of them, or one client's. 401/403 for anyone else. */
    public static ReadScope readScope(CurrentUser user) {
        if (isCustomer(user)) {
            user.require(READ);
            return ReadScope.ofClient(user.clientId());
        }
        user.require(READ);
        return ReadScope.ALL;
    }

    /** Back-office reads (runs, consumption, rates): staff with {@code billing:read}; a customer gets 403. */
    public static void requireStaffRead(CurrentUser user) {
        requireStaff(user, READ);
    }

    /** Writes are for staff only: a customer's token never writes, even if it carries the permission. */
    public static void requireStaff(CurrentUser user, String permission) {
        user.require(permission);
        if (isCustomer(user)) {
            throw new StaffOnly(permission);
        }
    }

    private static boolean isCustomer(CurrentUser user) {
        return user.authenticated() && user.hasRole(CLIENT_ROLE) && !user.hasRole(CurrentUser.SUPER_ADMIN);
    }

    /**
     * The records readable in one request.
     *
     * @param ownClient  the only client whose records are visible, or null when all are (staff)
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

        /** A customer without a client: every list is empty, every record not found. */
        public boolean seesNothing() {
            return restricted && ownClient == null;
        }
    }

    static final class StaffOnly extends DomainException {
        StaffOnly(String permission) {
            super(ErrorKind.FORBIDDEN, "auth.permission_denied", null, permission);
        }
    }
}
