package energy.mwolo.identity.roles;

import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces what a role may do. Only a super administrator may, and the SUPER_ADMIN row stays "everything". Tokens
 * already issued keep their permissions until they expire (15 minutes at most); the next one carries the new set.
 */
@Service
public class EditingRolePermissions {

    private final RoleMatrix matrix;
    private final Clock clock;

    EditingRolePermissions(RoleMatrix matrix, Clock clock) {
        this.matrix = matrix;
        this.clock = clock;
    }

    @Transactional
    public void replace(Role role, Collection<String> permissions, CurrentUser user) {
        user.require("accounts:update");
        if (!user.hasRole(Role.SUPER_ADMIN.name())) {
            throw new OnlySuperAdmins();
        }
        if (role == Role.SUPER_ADMIN) {
            throw new SuperAdminRoleIsFixed();
        }
        Set<Permission> parsed = new TreeSet<>();
        permissions.forEach(text -> parsed.add(Permission.parse(text)));
        matrix.replace(role, parsed, user.userId(), clock.instant());
    }
}
