package energy.mwolo.cms;

import energy.mwolo.platformtest.TestTokens;

/** Access tokens of the people the tests act as, with the seeded role matrix's permissions. */
public final class Tokens {

    private static final String[] CMS = {"cms:create", "cms:read", "cms:update", "cms:delete", "cms:export",
            "cms:approve"};

    private Tokens() {
    }

    public static String admin() {
        return TestTokens.anyUser().roles("ADMIN").perms(CMS).mint();
    }

    public static String hr() {
        return TestTokens.anyUser().roles("HR").perms("hr:read", "hr:create", "hr:update", "crm:read").mint();
    }

    /** A client: signed in, but no cms permission. */
    public static String client() {
        return TestTokens.anyUser().roles("CLIENT").perms("billing:read", "crm:read", "support:create").mint();
    }
}
