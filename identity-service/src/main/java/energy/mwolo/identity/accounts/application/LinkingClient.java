package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.ClientLinking;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.Users;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * crm-service created or linked a client for an account: the account records the client, so its next access token
 * carries {@code client_id}. Publishes {@code UserUpdated} only when the link changes; an account tied to another
 * client keeps it (logged as a warning). Runs in the caller's transaction (the consumer's inbox).
 */
@Service
public class LinkingClient {

    private static final Logger log = LoggerFactory.getLogger(LinkingClient.class);

    private final Users users;
    private final UserEventPublisher events;
    private final Clock clock;

    LinkingClient(Users users, UserEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** @return what happened, or empty when no account has this id */
    @Transactional
    public Optional<ClientLinking> link(UUID userId, UUID clientId) {
        Optional<User> found = users.byId(new UserId(userId));
        if (found.isEmpty()) {
            log.debug("Client {} names account {}, which does not exist here", clientId, userId);
            return Optional.empty();
        }
        User user = found.get();
        ClientLinking result = user.linkClient(clientId, clock.instant());
        if (result == ClientLinking.LINKED) {
            users.update(user);
            events.publishRecordedEvents(user);
        } else if (result == ClientLinking.LINKED_TO_ANOTHER) {
            log.warn("Account {} is already linked to client {}: keeping it, not linking client {}", userId,
                    user.links().client(), clientId);
        }
        return Optional.of(result);
    }
}
