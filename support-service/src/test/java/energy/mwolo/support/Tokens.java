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

    /** A support agent: an account whose role the matrix gives support rights. */
    public static String agent(UUID user) {
        return TestTokens.user(user).roles("ADMIN").perms(EVERYTHING).mint();
    }

    /** Field staff of an agency: no support permission, reads its agency's outage and meter tickets. */
    public static String operations(UUID agency) {
        return TestTokens.anyUser().roles("OPERATIONS").perms("operations:read", "crm:read").agency(agency).mint();
    }
}
