package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.EmailAddress;
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

/** An administrator changes an account's email, names, phone or links (agency, CRM client, HR employee). */
@Service
public class RevisingUser {

    private final Users users;
    private final Agencies agencies;
    private final UserEventPublisher events;
    private final Clock clock;

    RevisingUser(Users users, Agencies agencies, UserEventPublisher events, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.events = events;
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
        user.revise(
                changes.email() == null ? user.email() : new EmailAddress(changes.email()),
                new UserProfile(
                        changes.firstName() == null ? profile.firstName() : changes.firstName(),
                        changes.lastName() == null ? profile.lastName() : changes.lastName(),
                        or(changes.postName(), profile.postName()),
                        or(changes.phone(), profile.phone())),
                new UserLinks(agency, or(changes.client(), links.client()), or(changes.employee(), links.employee())),
                clock.instant());
        users.update(user);
        events.publishRecordedEvents(user);
    }

    /** A null Optional keeps the current value; an empty one clears it. */
    @SuppressWarnings("OptionalAssignedToNull")
    private static <T> T or(Optional<T> change, T current) {
        return change == null ? current : change.orElse(null);
    }
}
