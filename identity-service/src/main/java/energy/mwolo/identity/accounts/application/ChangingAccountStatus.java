package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.OwnAccount;
import energy.mwolo.identity.accounts.model.SignInThrottles;
import energy.mwolo.identity.accounts.model.TypedIdentifier;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.UserNotFound;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disables (what deleting an account means), enables, or unlocks an account. A disabled account signs in no more
 * and its refresh tokens are refused at their next use; nobody disables their own account. Unlocking lifts the lock
 * of the account's email and ends every address's wait for it.
 */
@Service
public class ChangingAccountStatus {

    private final Users users;
    private final SignInThrottles throttles;
    private final UserEventPublisher events;
    private final Clock clock;

    ChangingAccountStatus(Users users, SignInThrottles throttles, UserEventPublisher events, Clock clock) {
        this.users = users;
        this.throttles = throttles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void disable(UserId id, CurrentUser actor) {
        actor.require(AccountPermissions.DELETE);
        if (id.value().equals(actor.userId())) {
            throw new OwnAccount();
        }
        change(id, actor, user -> user.disable(clock.instant()));
    }

    @Transactional
    public void enable(UserId id, CurrentUser actor) {
        actor.require(AccountPermissions.UPDATE);
        change(id, actor, user -> user.enable(clock.instant()));
    }

    @Transactional
    public void unlock(UserId id, CurrentUser actor) {
        actor.require(AccountPermissions.UPDATE);
        change(id, actor, user -> {
            user.unlock(clock.instant());
            throttles.forget(TypedIdentifier.of(user.email()));
        });
    }

    private void change(UserId id, CurrentUser actor, Consumer<User> transition) {
        User user = users.byId(id).orElseThrow(() -> new UserNotFound(id));
        user.requireAdministrableBy(AccountPermissions.isSuperAdmin(actor));
        transition.accept(user);
        users.update(user);
        events.publishRecordedEvents(user);
    }
}
