package energy.mwolo.support;

import energy.mwolo.platformtest.TestTokens;
import java.util.UUID;

/** Access tokens of the people the tests act as, with the seeded role matrix's permissions. */
public final class Tokens {

    private static final String[] EVERYTHING = {"support:create", "support:read", "support:update",
            "support:delete", "support:export", "support:approve", "crm:read"};

    private Tokens() {
    }

    /** A customer's account, linked to its crm client. */
    public static String client(UUID client) {
        return TestTokens.anyUser().roles("CLIENT").perms("support:create", "support:read", "crm:read",
                "billing:read").client(client).mint();
    }

    public static String admin() {
        return TestTokens.anyUser().roles("ADMIN").perms(EVERYTHING).mint();
    }

    /** A support agent: an employee whose role SUPER_ADMIN gave support rights in the matrix. */
    public static String agent(UUID user) {
        return TestTokens.user(user).roles("EMPLOYEE").perms(EVERYTHING).mint();
    }

    /** An employee with the seeded matrix's rights only: its own hr records, no support right. */
    public static String employee() {
        return TestTokens.anyUser().roles("EMPLOYEE").perms("hr:read", "hr:create").mint();
    }

    /** Field staff of an agency: no support permission, reads its agency's outage and meter tickets. */
    public static String operations(UUID agency) {
        return TestTokens.anyUser().roles("OPERATIONS").perms("operations:read", "crm:read").agency(agency).mint();
    }
}
