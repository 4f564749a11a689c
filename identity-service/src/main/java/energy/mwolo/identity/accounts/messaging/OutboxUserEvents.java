package energy.mwolo.identity.accounts.messaging;

import energy.mwolo.contracts.identity.AccountLocked;
import energy.mwolo.contracts.identity.LoginFailed;
import energy.mwolo.contracts.identity.LoginSucceeded;
import energy.mwolo.contracts.identity.PasswordChanged;
import energy.mwolo.contracts.identity.UserDisabled;
import energy.mwolo.contracts.identity.UserEmailConfirmed;
import energy.mwolo.contracts.identity.UserRegistered;
import energy.mwolo.contracts.identity.UserRoleChanged;
import energy.mwolo.contracts.identity.UserUpdated;
import energy.mwolo.identity.accounts.application.UserEventPublisher;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserEvent;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Maps what an account recorded to the shared contracts. Payloads name people and outcomes, never a password, a
 * hash or a token. The Kafka key is the account id, so an account's events stay in order; a refusal for an
 * unknown account gets a random key (the identifier typed is not recorded anywhere).
 */
@Component
class OutboxUserEvents implements UserEventPublisher {

    private final Outbox outbox;

    OutboxUserEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishRecordedEvents(User user) {
        String key = user.id().toString();
        UUID id = user.id().value();
        for (UserEvent event : user.pullEvents()) {
            if (event instanceof UserEvent.Registered registered) {
                outbox.publish(UserRegistered.CONTRACT, key, new UserRegistered(id, user.email().value(),
                        user.profile().firstName(), user.profile().lastName(), user.profile().postName(),
                        user.profile().phone(), user.role().name(), user.links().agency(),
                        registered.origin().code(), registered.occurredAt()));
            } else if (event instanceof UserEvent.Updated updated) {
                outbox.publish(UserUpdated.CONTRACT, key, updated(user, updated.occurredAt()));
            } else if (event instanceof UserEvent.RoleChanged changed) {
                outbox.publish(UserRoleChanged.CONTRACT, key, new UserRoleChanged(id, changed.previous().name(),
                        user.role().name(), changed.occurredAt()));
            } else if (event instanceof UserEvent.Disabled disabled) {
                outbox.publish(UserDisabled.CONTRACT, key, new UserDisabled(id, disabled.occurredAt()));
            } else if (event instanceof UserEvent.SignedIn signedIn) {
                outbox.publish(LoginSucceeded.CONTRACT, key,
                        new LoginSucceeded(id, signedIn.clientIp(), signedIn.occurredAt()));
            } else if (event instanceof UserEvent.SignInRefused refused) {
                outbox.publish(LoginFailed.CONTRACT, key, new LoginFailed(id, refused.reason().code(),
                        refused.clientIp(), refused.occurredAt()));
            } else if (event instanceof UserEvent.Locked locked) {
                outbox.publish(AccountLocked.CONTRACT, key, new AccountLocked(id, locked.lockedUntil(),
                        locked.consecutiveLocks(), locked.occurredAt()));
            } else if (event instanceof UserEvent.PasswordChanged changed) {
                outbox.publish(PasswordChanged.CONTRACT, key,
                        new PasswordChanged(id, changed.method().code(), changed.occurredAt()));
            } else if (event instanceof UserEvent.EmailConfirmed confirmed) {
                outbox.publish(UserEmailConfirmed.CONTRACT, key, emailConfirmed(user, confirmed));
            }
        }
    }

    @Override
    public void unknownAccountRefused(String clientIp, Instant at) {
        outbox.publish(LoginFailed.CONTRACT, UUID.randomUUID().toString(),
                new LoginFailed(null, "unknown_account", clientIp, at));
    }

    private static UserEmailConfirmed emailConfirmed(User user, UserEvent.EmailConfirmed confirmed) {
        return new UserEmailConfirmed(user.id().value(), user.email().value(), confirmed.reason().code(),
                user.role().name(), user.profile().firstName(), user.profile().lastName(), user.profile().postName(),
                user.profile().phone(), user.links().agency(), user.links().client(), confirmed.occurredAt());
    }

    private static UserUpdated updated(User user, Instant at) {
        return new UserUpdated(user.id().value(), user.email().value(), user.profile().firstName(),
                user.profile().lastName(), user.profile().postName(), user.profile().phone(), user.role().name(),
                user.links().agency(), user.links().client(), user.links().employee(), user.status(at).code(), at);
    }
}
