package energy.mwolo.cms.access;

import energy.mwolo.platform.security.CurrentUser;

/**
 * Who may do what in cms. The public reads published items and sends the website's forms without a token. Drafts,
 * form submissions and every change need the cms permission of the action ({@code cms:read}, {@code cms:create},
 * {@code cms:update}, {@code cms:delete}, {@code cms:approve}), which the seeded matrix gives ADMIN and SUPER_ADMIN and
 * which SUPER_ADMIN may grant to other roles. Job applications are also HR's ({@code hr:read}).
 */
public final class CmsAccess {

    public static final String READ = "cms:read";
    public static final String CREATE = "cms:create";
    public static final String UPDATE = "cms:update";
    public static final String DELETE = "cms:delete";
    public static final String APPROVE = "cms:approve";
    static final String HR_READ = "hr:read";

    private CmsAccess() {
    }

    /** Whether the caller sees drafts beside published items. */
    public static boolean seesDrafts(CurrentUser user) {
        return user.authenticated() && user.can(READ);
    }

    /** 401 when anonymous, 403 without the permission. */
    public static void require(CurrentUser user, String permission) {
        user.require(permission);
    }

    /** Job applications: cms staff, or HR. 401 when anonymous, 403 otherwise. */
    public static void requireApplicationsReader(CurrentUser user) {
        if (user.authenticated() && user.can(HR_READ)) {
            return;
        }
        user.require(READ);
    }
}
