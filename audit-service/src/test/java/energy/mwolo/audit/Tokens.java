package energy.mwolo.audit;

import energy.mwolo.platformtest.TestTokens;

/** Access tokens of the people the tests act as. */
public final class Tokens {

    private Tokens() {
    }

    /** An administrator granted {@code audit:read}. */
    public static String auditor() {
        return TestTokens.anyUser().roles("ADMIN").perms("audit:read").mint();
    }

    /** SUPER_ADMIN passes every permission check without listing them. */
    public static String superAdmin() {
        return TestTokens.anyUser().roles("SUPER_ADMIN").mint();
    }

    /** An administrator of everything but the audit log. */
    public static String adminWithoutAuditRead() {
        return TestTokens.anyUser().roles("ADMIN").perms("geo:read", "crm:read", "audit:export").mint();
    }
}
