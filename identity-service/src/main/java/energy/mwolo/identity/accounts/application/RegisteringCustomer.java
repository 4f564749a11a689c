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
import energy.mwolo.identity.settings.SystemSettings;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer opens their own account: always a CLIENT, attached to an agency that is open, while the setting
 * {@code self_registration_open} allows it. Field errors come first (400), then a taken email (409).
 */
@Service
public class RegisteringCustomer {

    private final Users users;
    private final Passwords passwords;
    private final Agencies agencies;
    private final UserEventPublisher events;
    private final SystemSettings settings;
    private final Clock clock;

    RegisteringCustomer(Users users, Passwords passwords, Agencies agencies, UserEventPublisher events,
                        SystemSettings settings, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.agencies = agencies;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public User register(Registration registration) {
        if (!settings.selfRegistrationOpen()) {
            throw new RegistrationClosed();
        }
        EmailAddress email = new EmailAddress(registration.email());
        UserProfile profile = new UserProfile(registration.firstName(), registration.lastName(),
                registration.postName(), registration.phone());
        if (!agencies.isOpen(registration.agency())) {
            throw InvalidAccountField.agencyNotOpen(registration.agency());
        }
        String hash = passwords.acceptNew(registration.password(), email.value(), "password");
        if (users.byEmail(email).isPresent()) {
            throw new EmailAlreadyUsed();
        }
        Instant now = clock.instant();
        User user = User.register(new UserId(Uuids.timeOrdered()), email, profile, Role.CLIENT,
                new UserLinks(registration.agency(), null, null), new PasswordHash(hash),
                RegistrationOrigin.SELF_REGISTRATION, now);
        users.add(user);
        events.publishRecordedEvents(user);
        return user;
    }
}
