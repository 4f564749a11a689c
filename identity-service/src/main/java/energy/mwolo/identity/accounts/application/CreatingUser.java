package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.EmailAlreadyUsed;
import energy.mwolo.identity.accounts.model.InvalidAccountField;
import energy.mwolo.identity.accounts.model.PasswordHash;
import energy.mwolo.identity.accounts.model.RegistrationOrigin;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.UserLinks;
import energy.mwolo.identity.accounts.model.UserProfile;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.passwords.Passwords;
import energy.mwolo.identity.roles.Role;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator opens an account of any role but SUPER_ADMIN (only super administrators create those). Without a
 * password the holder is invited by mail to set one. The agency, when given, must be one this service knows.
 */
@Service
public class CreatingUser {

    private final Users users;
    private final Passwords passwords;
    private final Agencies agencies;
    private final UserEventPublisher events;
    private final Invitations invitations;
    private final Clock clock;

    CreatingUser(Users users, Passwords passwords, Agencies agencies, UserEventPublisher events,
                 Invitations invitations, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.agencies = agencies;
        this.events = events;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Transactional
    public UserId create(NewAccount account, CurrentUser actor) {
        actor.require(AccountPermissions.CREATE);
        return open(account, RegistrationOrigin.ADMINISTRATOR, AccountPermissions.isSuperAdmin(actor));
    }

    /** The first super administrator of an environment, from its configuration: the policy applies. */
    @Transactional
    public UserId bootstrap(NewAccount account) {
        return open(account, RegistrationOrigin.BOOTSTRAP, true);
    }

    private UserId open(NewAccount account, RegistrationOrigin origin, boolean bySuperAdmin) {
        EmailAddress email = new EmailAddress(account.email());
        UserProfile profile = new UserProfile(account.firstName(), account.lastName(), account.postName(),
                account.phone());
        Role role = Role.parse(account.role(), "role");
        User.requireGrantableBy(role, bySuperAdmin);
        if (account.agency() != null && !agencies.exists(account.agency())) {
            throw InvalidAccountField.unknownAgency(account.agency());
        }
        PasswordHash hash = account.password() == null ? null
                : new PasswordHash(passwords.acceptNew(account.password(), email.value(), "password"));
        if (users.byEmail(email).isPresent()) {
            throw new EmailAlreadyUsed();
        }
        User user = User.register(new UserId(Uuids.timeOrdered()), email, profile, role,
                new UserLinks(account.agency(), account.client(), account.employee()), hash, origin,
                clock.instant());
        users.add(user);
        events.publishRecordedEvents(user);
        if (hash == null) {
            invitations.invite(user);
        }
        return user.id();
    }
}
