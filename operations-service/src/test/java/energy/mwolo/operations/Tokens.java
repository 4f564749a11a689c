package energy.mwolo.operations;

import energy.mwolo.platformtest.TestTokens;
import java.util.UUID;

/** Access tokens of the people the tests act as, with the seeded role matrix's permissions. */
public final class Tokens {

    private static final String[] OPERATIONS = {"operations:create", "operations:read", "operations:update",
            "operations:delete", "crm:read"};

    private Tokens() {
    }

    /** A field technician or planner: the OPERATIONS role, without operations:approve. */
    public static String operations() {
        return operations(UUID.randomUUID());
    }

    public static String operations(UUID user) {
        return TestTokens.user(user).roles("OPERATIONS").perms(OPERATIONS).mint();
    }

    /** An OPERATIONS supervisor, who may change interventions assigned to others. */
    public static String supervisor() {
        return TestTokens.anyUser().roles("OPERATIONS").perms("operations:create", "operations:read",
                "operations:update", "operations:delete", "operations:approve", "crm:read").mint();
    }

    public static String admin() {
        return TestTokens.anyUser().roles("ADMIN").perms("operations:create", "operations:read",
                "operations:update", "operations:delete", "operations:approve", "crm:read").mint();
    }

    public static String superAdmin() {
        return TestTokens.anyUser().roles("SUPER_ADMIN").mint();
    }

    public static String salesAgent() {
        return TestTokens.anyUser().roles("SALES_AGENT").perms("crm:create", "crm:read", "crm:update",
                "billing:read").mint();
    }

    public static String accountant() {
        return TestTokens.anyUser().roles("ACCOUNTANT").perms("billing:create", "billing:read", "crm:read").mint();
    }

    public static String hr() {
        return TestTokens.anyUser().roles("HR").perms("hr:read", "crm:read").mint();
    }

    /** A signed-in customer whose token carries its client id. */
    public static String clientOf(UUID client) {
        return TestTokens.anyUser().roles("CLIENT").perms("crm:read", "billing:read").client(client).mint();
    }

    /** A signed-in customer whose token carries no client id yet. */
    public static String clientWithoutClient() {
        return TestTokens.anyUser().roles("CLIENT").perms("crm:read", "billing:read").mint();
    }
}
