package energy.mwolo.billing;

import energy.mwolo.platformtest.TestTokens;
import java.util.UUID;

/** Access tokens of the people the tests act as, with the seeded role matrix's billing permissions. */
public final class Tokens {

    private static final String[] ALL_ON_BILLING = {"billing:create", "billing:read", "billing:update",
        "billing:delete", "billing:export", "billing:approve"};

    private Tokens() {
    }

    public static String accountant() {
        return TestTokens.anyUser().roles("ACCOUNTANT").perms(ALL_ON_BILLING).mint();
    }

    public static String admin() {
        return TestTokens.anyUser().roles("ADMIN").perms(ALL_ON_BILLING).mint();
    }

    public static String salesAgent() {
        return TestTokens.anyUser().roles("SALES_AGENT").perms("crm:create", "crm:read", "crm:update",
                "billing:read").mint();
    }

    public static String operations() {
        return TestTokens.anyUser().roles("OPERATIONS").perms("operations:read", "crm:read").mint();
    }

    /** A signed-in customer whose token carries its client id. */
    public static String clientOf(UUID client) {
        return TestTokens.anyUser().roles("CLIENT").perms("crm:read", "billing:read").client(client).mint();
    }

    /** A signed-in customer whose token carries no client id (not linked yet). */
    public static String clientWithoutClient() {
        return TestTokens.anyUser().roles("CLIENT").perms("crm:read", "billing:read").mint();
    }
}
