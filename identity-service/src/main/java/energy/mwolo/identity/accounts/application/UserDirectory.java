package energy.mwolo.identity.accounts.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read side of accounts. */
public interface UserDirectory {

    Optional<UserView> byId(UUID id, Instant now);

    long count(UserQuery query);

    List<UserView> find(UserQuery query, long offset, int limit);
}
