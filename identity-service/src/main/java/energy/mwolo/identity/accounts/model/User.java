package energy.mwolo.identity.accounts.model;

import energy.mwolo.identity.roles.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's account. It is never deleted, only disabled. It shows the lock of its email when too many wrong
 * passwords came from every address together (see {@link LoginLockout}); a super administrator's account can be
 * changed by super administrators only. Every state change records the event that reports it.
 */
public final class User {

    private final UserId id;
    private EmailAddress email;
    private UserProfile profile;
    private Role role;
    private UserLinks links;
    private PasswordHash password;
    private boolean disabled;
    private LoginLockout lockout;
    private Instant lastSignInAt;
    private final Instant createdAt;
    private final List<UserEvent> events = new ArrayList<>();

    private User(UserId id, EmailAddress email, UserProfile profile, Role role, UserLinks links,
                 PasswordHash password, boolean disabled, LoginLockout lockout, Instant lastSignInAt,
                 Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.role = Objects.requireNonNull(role, "role");
        this.links = Objects.requireNonNull(links, "links");
        this.password = password;
        this.disabled = disabled;
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.lastSignInAt = lastSignInAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new, active account; without a password until its holder sets one (an invitation). */
    public static User register(UserId id, EmailAddress email, UserProfile profile, Role role, UserLinks links,
                                PasswordHash password, RegistrationOrigin origin, Instant now) {
        User user = new User(id, email, profile, role, links, password, false, LoginLockout.NONE, null, now);
        user.events.add(new UserEvent.Registered(origin, now));
        return user;
    }

    /** Rebuilds an account from storage; records no event. */
    public static User restore(UserId id, EmailAddress email, UserProfile profile, Role role, UserLinks links,
                               PasswordHash password, boolean disabled, LoginLockout lockout,
                               Instant lastSignInAt, Instant createdAt) {
        return new User(id, email, profile, role, links, password, disabled, lockout, lastSignInAt, createdAt);
    }

    /** Stops anyone but a super administrator from changing a super administrator's account. */
    public void requireAdministrableBy(boolean actorIsSuperAdmin) {
        if (role == Role.SUPER_ADMIN && !actorIsSuperAdmin) {
            throw new SuperAdminProtected();
        }
    }

    /** Replaces what administrators may change; a revision that changes nothing records nothing. */
    public void revise(EmailAddress newEmail, UserProfile newProfile, UserLinks newLinks, Instant now) {
        if (newEmail.equals(email) && newProfile.equals(profile) && newLinks.equals(links)) {
            return;
        }
        email = newEmail;
        profile = newProfile;
        links = newLinks;
        events.add(new UserEvent.Updated(now));
    }

    /**
     * Ties the account to the CRM client it acts for (crm-service's registration saga). An account already tied to
     * that client, or to another one, is left as it is: a link is never silently moved to another client.
     */
    public ClientLinking linkClient(UUID client, Instant now) {
        Objects.requireNonNull(client, "client");
        if (links.client() != null) {
            return links.client().equals(client) ? ClientLinking.ALREADY_LINKED : ClientLinking.LINKED_TO_ANOTHER;
        }
        links = new UserLinks(links.agency(), client, links.employee());
        events.add(new UserEvent.Updated(now));
        return ClientLinking.LINKED;
    }

    /** Only a super administrator may make someone a super administrator. */
    public static void requireGrantableBy(Role role, boolean actorIsSuperAdmin) {
        if (role == Role.SUPER_ADMIN && !actorIsSuperAdmin) {
            throw new SuperAdminProtected();
        }
    }

    public void assignRole(Role newRole, boolean actorIsSuperAdmin, Instant now) {
        requireAdministrableBy(actorIsSuperAdmin);
        requireGrantableBy(newRole, actorIsSuperAdmin);
        if (newRole == role) {
            return;
        }
        Role previous = role;
        role = newRole;
        events.add(new UserEvent.RoleChanged(previous, now));
    }

    /** Disabling a disabled account changes nothing. */
    public void disable(Instant now) {
        if (disabled) {
            return;
        }
        disabled = true;
        events.add(new UserEvent.Disabled(now));
    }

    public void enable(Instant now) {
        if (!disabled) {
            return;
        }
        disabled = false;
        events.add(new UserEvent.Updated(now));
    }

    /** Lifts a lock and forgets past ones, so the next lock is a first one again. */
    public void unlock(Instant now) {
        if (lockout.equals(LoginLockout.NONE)) {
            return;
        }
        boolean wasLocked = lockout.isLocked(now);
        lockout = LoginLockout.NONE;
        if (wasLocked) {
            events.add(new UserEvent.Updated(now));
        }
    }

    public boolean isLocked(Instant now) {
        return lockout.isLocked(now);
    }

    public boolean isDisabled() {
        return disabled;
    }

    public UserStatus status(Instant now) {
        if (disabled) {
            return UserStatus.DISABLED;
        }
        return lockout.isLocked(now) ? UserStatus.LOCKED : UserStatus.ACTIVE;
    }

    /**
     * The right password was given. A lock stays: it slows the addresses that attack the email, not the holder. A
     * disabled account cannot sign in: the refusal is recorded and false returned, so the caller can commit it before
     * answering {@link AccountDisabled}.
     */
    public boolean signIn(String clientIp, Instant now) {
        if (disabled) {
            events.add(new UserEvent.SignInRefused(SignInRefusal.ACCOUNT_DISABLED, clientIp, now));
            return false;
        }
        lastSignInAt = now;
        events.add(new UserEvent.SignedIn(clientIp, now));
        return true;
    }

    public void refuseWrongPassword(String clientIp, Instant now) {
        events.add(new UserEvent.SignInRefused(SignInRefusal.WRONG_PASSWORD, clientIp, now));
    }

    /** The account's email reached the sign-in ceiling: the account shows {@code lock} and reports it. */
    public void lock(LoginLockout lock, Instant now) {
        if (!lock.isLocked(now) || lock.equals(lockout)) {
            return;
        }
        lockout = lock;
        events.add(new UserEvent.Locked(lock.lockedUntil(), lock.consecutiveLocks(), now));
    }

    /**
     * Sets a new password. A reset or an invitation proves control of the mailbox, so it also lifts any lock.
     */
    public void changePassword(PasswordHash newPassword, PasswordChangeMethod method, Instant now) {
        password = Objects.requireNonNull(newPassword, "newPassword");
        if (method != PasswordChangeMethod.CHANGE) {
            lockout = LoginLockout.NONE;
        }
        events.add(new UserEvent.PasswordChanged(method, now));
    }

    /** The same password hashed with today's parameters; nothing to report. */
    public void rehashPassword(PasswordHash rehashed) {
        password = Objects.requireNonNull(rehashed, "rehashed");
    }

    /** Hands over the events recorded since the last call, oldest first, and forgets them. */
    public List<UserEvent> pullEvents() {
        List<UserEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public UserId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public UserProfile profile() {
        return profile;
    }

    public Role role() {
        return role;
    }

    public UserLinks links() {
        return links;
    }

    /** Null for an invited account whose holder has not set a password yet. */
    public PasswordHash password() {
        return password;
    }

    public LoginLockout lockout() {
        return lockout;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
