package energy.mwolo.audit.log.application;

import energy.mwolo.platform.security.CurrentUser;

/** Who may read the audit log: holders of {@code audit:read}, and SUPER_ADMIN always. */
public final class AuditAccess {

    public static final String READ = "audit:read";

    private AuditAccess() {
    }

    public static void requireRead(CurrentUser user) {
        user.require(READ);
    }
}
