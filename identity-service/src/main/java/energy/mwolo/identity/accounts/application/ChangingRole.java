package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.OwnAccount;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.UserNotFound;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.roles.Role;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an account another role; its next token carries the new role's permissions. Nobody changes their own role,
 * and only super administrators touch super administrators.
 */
@Service
public class ChangingRole {

    private final Users users;
    private final UserEventPublisher events;
    private final Clock clock;

    ChangingRole(Users users, UserEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void assign(UserId id, String roleCode, CurrentUser actor) {
        actor.require(AccountPermissions.UPDATE);
        Role role = Role.parse(roleCode, "role");
        User user = users.byId(id).orElseThrow(() -> new UserNotFound(id));
        user.requireAdministrableBy(AccountPermissions.isSuperAdmin(actor));
        if (id.value().equals(actor.userId())) {
            throw new OwnAccount();
        }
        user.assignRole(role, AccountPermissions.isSuperAdmin(actor), clock.instant());
        users.update(user);
        events.publishRecordedEvents(user);
    }
}
