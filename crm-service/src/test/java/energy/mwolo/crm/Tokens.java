package energy.mwolo.crm;

import energy.mwolo.platformtest.TestTokens;
import java.util.UUID;

/** Access tokens of the people the tests act as, with the seeded role matrix's CRM permissions. */
public final class Tokens {

    private Tokens() {
    }

    public static String salesAgent() {
        return staff("SALES_AGENT", "crm:create", "crm:read", "crm:update", "billing:read");
    }

    public static String accountant() {
        return staff("ACCOUNTANT", "billing:create", "billing:read", "crm:read");
    }

    public static String operations() {
        return staff("OPERATIONS", "operations:read", "crm:read");
    }

    public static String hr() {
        return staff("HR", "hr:read", "crm:read");
    }

    public static String employee() {
        return staff("EMPLOYEE", "hr:read");
    }

    /** A signed-in customer whose token carries its client id. */
    public static String clientOf(UUID client) {
        return TestTokens.anyUser().roles("CLIENT").perms("crm:read", "billing:read").client(client)
                .mint();
    }

    public static String clientUser(UUID user) {
        return TestTokens.user(user).roles("CLIENT").perms("crm:read", "billing:read").mint();
    }

    private static String staff(String role, String... permissions) {
        return TestTokens.anyUser().roles(role).perms(permissions).mint();
    }
}
