package energy.mwolo.hr;

import energy.mwolo.platformtest.TestTokens;
import java.util.UUID;

/** Access tokens of the people the tests act as, with the seeded role matrix's permissions. */
public final class Tokens {

    private static final String[] HR = {"hr:create", "hr:read", "hr:update", "hr:delete", "hr:export", "hr:approve",
            "crm:read", "geo:read", "agencies:read"};
    private static final String[] EMPLOYEE = {"hr:read", "hr:create"};

    private Tokens() {
    }

    public static String hr() {
        return TestTokens.anyUser().roles("HR").perms(HR).mint();
    }

    /** An HR officer who is also an employee (and may therefore not approve its own leave). */
    public static String hrEmployee(UUID employee) {
        return TestTokens.anyUser().roles("HR").perms(HR).employee(employee).mint();
    }

    public static String admin() {
        return TestTokens.anyUser().roles("ADMIN").perms(HR).mint();
    }

    /** A signed-in employee: the EMPLOYEE role, its token carrying its employee id. */
    public static String employee(UUID employee) {
        return TestTokens.anyUser().roles("EMPLOYEE").perms(EMPLOYEE).employee(employee).mint();
    }

    /** An EMPLOYEE account linked to no employee yet. */
    public static String unlinkedEmployee() {
        return TestTokens.anyUser().roles("EMPLOYEE").perms(EMPLOYEE).mint();
    }

    public static String accountant() {
        return TestTokens.anyUser().roles("ACCOUNTANT").perms("billing:create", "billing:read", "crm:read").mint();
    }
}
