package energy.mwolo.identity;

import energy.mwolo.contracts.crm.ClientAccountLinked;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes client events onto the shared broker as crm-service would: contract records as JSON, the client id as
 * key, CloudEvents headers. Each call returns the event id, so a test can deliver the same event twice.
 */
public final class ClientEvents implements AutoCloseable {

    private final ServiceEvents crm;

    public ClientEvents(String bootstrapServers) {
        this.crm = ServiceEvents.as(bootstrapServers, ServiceCatalogue.CRM);
    }

    /** A client with its own email, whichever account it names: crm-service would never send that. */
    public static ClientRegistered registered(UUID client, UUID user) {
        return registered(client, user, "client-" + client + "@example.cd");
    }

    public static ClientRegistered registered(UUID client, UUID user, String email) {
        return new ClientRegistered(client, number(client), "individual", "Bienvenu", "Kabasele", "Mutombo", null,
                email, "+243 81 234 5678", null, "active", "fr", user, Instant.now());
    }

    public static ClientUpdated updated(UUID client, UUID user) {
        return updated(client, user, "client-" + client + "@example.cd");
    }

    public static ClientUpdated updated(UUID client, UUID user, String email) {
        return new ClientUpdated(client, number(client), "individual", "Bienvenu", "Kabasele", "Mutombo", null,
                email, "+243 81 234 5679", null, "active", "fr", user, Instant.now());
    }

    /** A staff member tied the account to the client by hand. */
    public static ClientAccountLinked staffLinked(UUID client, UUID user, UUID staff) {
        return new ClientAccountLinked(client, number(client), "client-" + client + "@example.cd", user, staff,
                Instant.now());
    }

    private static String number(UUID client) {
        return String.format("CL-2025-%06d", client.hashCode() & 0xFFFF);
    }

    public static ClientStatusChanged statusChanged(UUID client) {
        return new ClientStatusChanged(client, number(client), "active", "suspended", Instant.now());
    }

    public UUID publish(Object event) {
        UUID id = UUID.randomUUID();
        publish(id, event);
        return id;
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. */
    public void publish(UUID eventId, Object event) {
        if (event instanceof ClientRegistered registered) {
            crm.publish(eventId, ClientRegistered.CONTRACT, registered.clientId(), registered);
        } else if (event instanceof ClientUpdated updated) {
            crm.publish(eventId, ClientUpdated.CONTRACT, updated.clientId(), updated);
        } else if (event instanceof ClientAccountLinked linked) {
            crm.publish(eventId, ClientAccountLinked.CONTRACT, linked.clientId(), linked);
        } else {
            ClientStatusChanged changed = (ClientStatusChanged) event;
            crm.publish(eventId, ClientStatusChanged.CONTRACT, changed.clientId(), changed);
        }
    }

    @Override
    public void close() {
        crm.close();
    }
}
