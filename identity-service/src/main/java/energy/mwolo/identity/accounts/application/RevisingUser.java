package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.EmailAlreadyUsed;
import energy.mwolo.identity.accounts.model.InvalidAccountField;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.UserLinks;
import energy.mwolo.identity.accounts.model.UserNotFound;
import energy.mwolo.identity.accounts.model.UserProfile;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator changes an account's email, names, phone or links (agency, CRM client, HR employee). A new email
 * does not apply at once: it waits, pending, until its holder confirms it through the link mailed to it (the current
 * address is told), so nobody moves an account to an address its holder does not control.
 */
@Service
public class RevisingUser {

    private final Users users;
    private final Agencies agencies;
    private final UserEventPublisher events;
    private final EmailChangeConfirmations confirmations;
    private final Clock clock;

    RevisingUser(Users users, Agencies agencies, UserEventPublisher events, EmailChangeConfirmations confirmations,
                 Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.events = events;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @Transactional
    public void revise(UserId id, AccountChanges changes, CurrentUser actor) {
        actor.require(AccountPermissions.UPDATE);
        User user = users.byId(id).orElseThrow(() -> new UserNotFound(id));
        user.requireAdministrableBy(AccountPermissions.isSuperAdmin(actor));
        UserProfile profile = user.profile();
        UserLinks links = user.links();
        UUID agency = or(changes.agency(), links.agency());
        if (agency != null && !agency.equals(links.agency()) && !agencies.exists(agency)) {
            throw InvalidAccountField.unknownAgency(agency);
        }
        boolean emailToConfirm = changes.email() != null && requestEmailChange(user, new EmailAddress(changes.email()));
        user.revise(
                new UserProfile(
                        changes.firstName() == null ? profile.firstName() : changes.firstName(),
                        changes.lastName() == null ? profile.lastName() : changes.lastName(),
                        or(changes.postName(), profile.postName()),
                        or(changes.phone(), profile.phone())),
                new UserLinks(agency, or(changes.client(), links.client()), or(changes.employee(), links.employee())),
                clock.instant());
        users.update(user);
        events.publishRecordedEvents(user);
        if (emailToConfirm) {
            confirmations.requestConfirmation(user);
        }
    }

    private boolean requestEmailChange(User user, EmailAddress email) {
        if (!user.requestEmailChange(email)) {
            return false;
        }
        if (users.byEmail(email).isPresent()) {
            throw new EmailAlreadyUsed();
        }
        return true;
    }

    /** A null Optional keeps the current value; an empty one clears it. */
    @SuppressWarnings("OptionalAssignedToNull")
    private static <T> T or(Optional<T> change, T current) {
        return change == null ? current : change.orElse(null);
    }
}
