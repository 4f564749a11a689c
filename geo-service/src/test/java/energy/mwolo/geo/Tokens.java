package energy.mwolo.geo;

import energy.mwolo.platformtest.TestTokens;
import java.util.UUID;

/** Access tokens of the people the tests act as. */
public final class Tokens {

    private Tokens() {
    }

    /** An administrator of geographic data and agencies. */
    public static String admin() {
        return admin(UUID.randomUUID());
    }

    public static String admin(UUID userId) {
        return TestTokens.user(userId).roles("ADMIN")
                .perms("geo:create", "geo:update", "geo:delete",
                        "agencies:create", "agencies:read", "agencies:update", "agencies:delete")
                .mint();
    }

    /** A signed-in customer: may read what anyone reads, change nothing. */
    public static String client() {
        return TestTokens.anyUser().roles("CLIENT").perms("support:create").mint();
    }

    public static String withPermissions(String... permissions) {
        return TestTokens.anyUser().roles("EMPLOYEE").perms(permissions).mint();
    }
}
