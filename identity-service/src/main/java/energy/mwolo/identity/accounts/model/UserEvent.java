package energy.mwolo.identity.accounts.model;

import energy.mwolo.identity.roles.Role;
import java.time.Instant;

/** What happened to an account; recorded by {@link User} inside its state transitions. */
public sealed interface UserEvent {

    Instant occurredAt();

    record Registered(RegistrationOrigin origin, Instant occurredAt) implements UserEvent {
    }

    record Updated(Instant occurredAt) implements UserEvent {
    }

    record RoleChanged(Role previous, Instant occurredAt) implements UserEvent {
    }

    record Disabled(Instant occurredAt) implements UserEvent {
    }

    record SignedIn(String clientIp, Instant occurredAt) implements UserEvent {
    }

    record SignInRefused(SignInRefusal reason, String clientIp, Instant occurredAt) implements UserEvent {
    }

    record Locked(Instant lockedUntil, int consecutiveLocks, Instant occurredAt) implements UserEvent {
    }

    record PasswordChanged(PasswordChangeMethod method, Instant occurredAt) implements UserEvent {
    }

    record EmailConfirmed(EmailConfirmationReason reason, Instant occurredAt) implements UserEvent {
    }
}
