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
 * changed by super administrators only. Its email counts as the holder's only once confirmed (a mailed link, or an
 * administrator vouching for it); a new address waits as pending until it is confirmed in turn, and only a
 * confirmed address ties the account to a client found by email. Every state change records the event that
 * reports it.
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
    private Instant emailConfirmedAt;
    private EmailAddress pendingEmail;
    private final List<UserEvent> events = new ArrayList<>();

    private User(UserId id, EmailAddress email, UserProfile profile, Role role, UserLinks links,
                 PasswordHash password, boolean disabled, LoginLockout lockout, Instant lastSignInAt,
                 Instant createdAt, Instant emailConfirmedAt, EmailAddress pendingEmail) {
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
        this.emailConfirmedAt = emailConfirmedAt;
        this.pendingEmail = pendingEmail;
    }

    /**
     * A new, active account; without a password until its holder sets one (an invitation). Its email is confirmed
     * at once when an administrator (or the bootstrap) set a password, vouching for the address; a person who
     * registers, or the holder of an invitation, proves it later through a mailed link.
     */
    public static User register(UserId id, EmailAddress email, UserProfile profile, Role role, UserLinks links,
                                PasswordHash password, RegistrationOrigin origin, Instant now) {
        User user = new User(id, email, profile, role, links, password, false, LoginLockout.NONE, null, now, null,
                null);
        user.events.add(new UserEvent.Registered(origin, now));
        if (origin != RegistrationOrigin.SELF_REGISTRATION && password != null) {
            user.confirmEmail(EmailConfirmationReason.ADMINISTRATOR, now);
        }
        return user;
    }

    /** Rebuilds an account from storage; records no event. */
    public static User restore(UserId id, EmailAddress email, UserProfile profile, Role role, UserLinks links,
                               PasswordHash password, boolean disabled, LoginLockout lockout,
                               Instant lastSignInAt, Instant createdAt, Instant emailConfirmedAt,
                               EmailAddress pendingEmail) {
        return new User(id, email, profile, role, links, password, disabled, lockout, lastSignInAt, createdAt,
                emailConfirmedAt, pendingEmail);
    }

    /** Stops anyone but a super administrator from changing a super administrator's account. */
    public void requireAdministrableBy(boolean actorIsSuperAdmin) {
        if (role == Role.SUPER_ADMIN && !actorIsSuperAdmin) {
            throw new SuperAdminProtected();
        }
    }

    /**
     * Replaces what administrators may change but the email (see {@link #requestEmailChange}); a revision that
     * changes nothing records nothing.
     */
    public void revise(UserProfile newProfile, UserLinks newLinks, Instant now) {
        if (newProfile.equals(profile) && newLinks.equals(links)) {
            return;
        }
        profile = newProfile;
        links = newLinks;
        events.add(new UserEvent.Updated(now));
    }

    /**
     * Someone asked to move the account to {@code newEmail}: it waits as the pending address, the current one staying
     * in use, until the new one is confirmed ({@link #confirmEmailChange}). Asking for the current address drops a
     * pending change.
     *
     * @return true when the new address has to be confirmed (a mail to send), false when nothing is pending
     */
    public boolean requestEmailChange(EmailAddress newEmail) {
        Objects.requireNonNull(newEmail, "newEmail");
        if (newEmail.equals(email)) {
            pendingEmail = null;
            return false;
        }
        pendingEmail = newEmail;
        return true;
    }

    /**
     * The pending address was confirmed through the link mailed to it: it becomes the account's email.
     *
     * @return the address the account had until now
     * @throws StaleEmailConfirmation if {@code confirmed} is not (or no longer) the pending address
     */
    public EmailAddress confirmEmailChange(EmailAddress confirmed, Instant now) {
        if (pendingEmail == null || !pendingEmail.equals(confirmed)) {
            throw new StaleEmailConfirmation();
        }
        EmailAddress previous = email;
        email = pendingEmail;
        pendingEmail = null;
        events.add(new UserEvent.Updated(now));
        confirmEmail(EmailConfirmationReason.EMAIL_CHANGE, now);
        return previous;
    }

    /**
     * The address given at registration was confirmed through the link mailed to it. Confirming it again changes
     * nothing.
     *
     * @throws StaleEmailConfirmation if the account's email is no longer the one the link was sent to
     */
    public void confirmRegisteredEmail(EmailAddress confirmed, Instant now) {
        if (!email.equals(confirmed)) {
            throw new StaleEmailConfirmation();
        }
        if (emailConfirmedAt == null) {
            confirmEmail(EmailConfirmationReason.REGISTRATION, now);
        }
    }

    private void confirmEmail(EmailConfirmationReason reason, Instant now) {
        emailConfirmedAt = now;
        events.add(new UserEvent.EmailConfirmed(reason, now));
    }

    /**
     * Ties the account to a CRM client that a staff member (or an administrator) chose for it, whatever the emails
     * say. An account already tied to that client, or to another one, is left as it is: a link is never silently
     * moved to another client.
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

    /**
     * Ties the account to the HR employee hr-service chose for it (EmployeeAccountLinked): its next access token
     * carries {@code employee_id}. An account tied to another employee keeps it.
     */
    public EmployeeLinking linkEmployee(UUID employee, Instant now) {
        Objects.requireNonNull(employee, "employee");
        if (links.employee() != null) {
            return links.employee().equals(employee) ? EmployeeLinking.ALREADY_LINKED
                    : EmployeeLinking.LINKED_TO_ANOTHER;
        }
        links = new UserLinks(links.agency(), links.client(), employee);
        events.add(new UserEvent.Updated(now));
        return EmployeeLinking.LINKED;
    }

    /**
     * Ties the account to a CRM client found by email, only if the account's email is confirmed and is the client's
     * (ignoring case): otherwise anyone registering with a client's address would read that client's records.
     *
     * @param clientEmail the client's email, or null when it is not a usable address
     */
    public ClientLinking linkClientFoundByEmail(UUID client, EmailAddress clientEmail, Instant now) {
        Objects.requireNonNull(client, "client");
        if (links.client() != null) {
            return links.client().equals(client) ? ClientLinking.ALREADY_LINKED : ClientLinking.LINKED_TO_ANOTHER;
        }
        if (emailConfirmedAt == null) {
            return ClientLinking.EMAIL_NOT_CONFIRMED;
        }
        if (!email.equals(clientEmail)) {
            return ClientLinking.EMAIL_MISMATCH;
        }
        return linkClient(client, now);
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
     * Sets a new password. A reset or an invitation proves control of the mailbox, so it also lifts any lock and
     * confirms an unconfirmed email: whoever registered with someone else's address loses the account to the
     * address's owner, who now holds the only password.
     */
    public void changePassword(PasswordHash newPassword, PasswordChangeMethod method, Instant now) {
        password = Objects.requireNonNull(newPassword, "newPassword");
        if (method != PasswordChangeMethod.CHANGE) {
            lockout = LoginLockout.NONE;
        }
        events.add(new UserEvent.PasswordChanged(method, now));
        if (method != PasswordChangeMethod.CHANGE && emailConfirmedAt == null) {
            confirmEmail(method == PasswordChangeMethod.RESET ? EmailConfirmationReason.PASSWORD_RESET
                    : EmailConfirmationReason.INVITATION, now);
        }
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

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** When the current email was confirmed; null while it is not. */
    public Instant emailConfirmedAt() {
        return emailConfirmedAt;
    }

    /** The address waiting for confirmation to replace the email; null when none is. */
    public EmailAddress pendingEmail() {
        return pendingEmail;
    }
}
