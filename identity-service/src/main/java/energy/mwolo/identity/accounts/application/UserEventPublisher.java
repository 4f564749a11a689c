package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.User;
import java.time.Instant;

/** Publishes account events in the caller's transaction, so they leave only if it commits. */
public interface UserEventPublisher {

    void publishRecordedEvents(User user);

    /** A sign-in with an identifier that names no account; the identifier itself is not published. */
    void unknownAccountRefused(String clientIp, Instant at);
}
