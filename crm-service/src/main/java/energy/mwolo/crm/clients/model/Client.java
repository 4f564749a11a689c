package energy.mwolo.crm.clients.model;

import java.time.Instant;
import java.util.UUID;

/** A customer of the company, from prospect to closed. Immutable: each change returns the client after it. */
public record Client(UUID id, String number, ClientDetails details, ClientStatus status, UUID userId,
                     Instant createdAt, Instant updatedAt) {

    public static Client register(UUID id, String number, ClientDetails details, UUID userId, Instant now) {
        return new Client(id, number, details, ClientStatus.PROSPECT, userId, now, now);
    }

    public Client revise(ClientDetails revised, Instant now) {
        if (status == ClientStatus.CLOSED) {
            throw new ClientClosed(id);
        }
        return new Client(id, number, revised, status, userId, createdAt, now);
    }

    public Client moveTo(ClientStatus target, Instant now) {
        return new Client(id, number, details, status.moveTo(target), userId, createdAt, now);
    }

    /** Ties the client to the account its customer signs in with. */
    public Client linkTo(UUID user, Instant now) {
        return new Client(id, number, details, status, user, createdAt, now);
    }

    public boolean isClosed() {
        return status == ClientStatus.CLOSED;
    }
}
