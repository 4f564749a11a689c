package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.UserNotFound;
import energy.mwolo.identity.accounts.model.UserStatus;
import energy.mwolo.identity.roles.Role;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.InvalidRequestParameter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Lists and shows accounts to people with {@code accounts:read}; anyone signed in sees their own. */
@Service
public class BrowsingUsers {

    private final UserDirectory directory;
    private final Clock clock;

    BrowsingUsers(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public UserQuery query(String role, String status, UUID agency, String search, String ordering,
                           CurrentUser user) {
        user.require(AccountPermissions.READ);
        return new UserQuery(role == null ? null : Role.parse(role, "role").name(), status(status), agency,
                search == null || search.isBlank() ? null : search.strip(), UserOrdering.parse(ordering),
                clock.instant());
    }

    public long count(UserQuery query) {
        return directory.count(query);
    }

    public List<UserView> find(UserQuery query, long offset, int limit) {
        return directory.find(query, offset, limit);
    }

    public UserView show(UUID id, CurrentUser user) {
        if (!id.equals(user.userId())) {
            user.require(AccountPermissions.READ);
        }
        return directory.byId(id, clock.instant()).orElseThrow(() -> new UserNotFound(id));
    }

    /** The caller's own account. */
    public UserView me(CurrentUser user) {
        user.requireSignedIn();
        return directory.byId(user.userId(), clock.instant()).orElseThrow(() -> new UserNotFound(user.userId()));
    }

    private static String status(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(UserStatus.values()).map(UserStatus::code).filter(status.strip()::equals).findFirst()
                .orElseThrow(() -> new InvalidRequestParameter("status", "accounts.status.unknown", status));
    }
}
