package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.ClientLinking;
import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.Users;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * crm-service tied a client to an account: the account records the client, so its next access token carries
 * {@code client_id}. A client crm found by email is recorded only on an account whose email is confirmed and is the
 * client's; a client a staff member chose is recorded whatever the emails (the staff member vouches). Either way an
 * account tied to another client keeps it. Every refusal is logged as a warning; {@code UserUpdated} is published
 * only when the link changes. Runs in the caller's transaction (the consumer's inbox).
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

    /**
     * crm's client record names the account (ClientRegistered, ClientUpdated).
     *
     * @return what happened, or empty when no account has this id
     */
    @Transactional
    public Optional<ClientLinking> linkFoundByEmail(UUID userId, UUID clientId, String clientEmail) {
        EmailAddress email = EmailAddress.parse(clientEmail).orElse(null);
        return link(userId, clientId, user -> user.linkClientFoundByEmail(clientId, email, clock.instant()));
    }

    /**
     * A staff member tied the account to the client by hand (ClientAccountLinked).
     *
     * @return what happened, or empty when no account has this id
     */
    @Transactional
    public Optional<ClientLinking> linkVouchedByStaff(UUID userId, UUID clientId, UUID staff) {
        Optional<ClientLinking> result = link(userId, clientId, user -> user.linkClient(clientId, clock.instant()));
        result.filter(ClientLinking.LINKED::equals).ifPresent(linked ->
                log.info("Account {} linked to client {} by staff member {}", userId, clientId, staff));
        return result;
    }

    private Optional<ClientLinking> link(UUID userId, UUID clientId, Function<User, ClientLinking> linking) {
        Optional<User> found = users.byId(new UserId(userId));
        if (found.isEmpty()) {
            log.debug("Client {} names account {}, which does not exist here", clientId, userId);
            return Optional.empty();
        }
        User user = found.get();
        ClientLinking result = linking.apply(user);
        switch (result) {
            case LINKED -> {
                users.update(user);
                events.publishRecordedEvents(user);
            }
            case LINKED_TO_ANOTHER -> log.warn("Account {} is already linked to client {}: keeping it, not linking"
                    + " client {}", userId, user.links().client(), clientId);
            case EMAIL_NOT_CONFIRMED -> log.warn("Client {} names account {}, whose email is not confirmed: ignored",
                    clientId, userId);
            case EMAIL_MISMATCH -> log.warn("Client {} names account {}, whose email is another: ignored", clientId,
                    userId);
            case ALREADY_LINKED -> log.debug("Account {} is already linked to client {}", userId, clientId);
        }
        return Optional.of(result);
    }
}
