package energy.mwolo.crm.clients.messaging;

import energy.mwolo.contracts.crm.ClientAccountLinked;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.crm.clients.application.ClientEvents;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientStatus;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Registered and updated events carry the client's whole state, so consumers can keep a read model from them. */
@Component
class OutboxClientEvents implements ClientEvents {

    private final Outbox outbox;

    OutboxClientEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(Client c) {
        ClientDetails d = c.details();
        outbox.publish(ClientRegistered.CONTRACT, c.id().toString(), new ClientRegistered(c.id(), c.number(),
                d.kind().code(), d.firstName(), d.lastName(), d.postName(), d.companyName(), d.email(), phone(d),
                d.agencyId(), c.status().code(), d.preferredLanguage(), c.userId(), c.updatedAt()));
    }

    @Override
    public void updated(Client c) {
        ClientDetails d = c.details();
        outbox.publish(ClientUpdated.CONTRACT, c.id().toString(), new ClientUpdated(c.id(), c.number(),
                d.kind().code(), d.firstName(), d.lastName(), d.postName(), d.companyName(), d.email(), phone(d),
                d.agencyId(), c.status().code(), d.preferredLanguage(), c.userId(), c.updatedAt()));
    }

    @Override
    public void statusChanged(Client c, ClientStatus previous) {
        outbox.publish(ClientStatusChanged.CONTRACT, c.id().toString(), new ClientStatusChanged(c.id(), c.number(),
                previous.code(), c.status().code(), Instant.now()));
    }

    @Override
    public void accountLinked(Client c, UUID staff) {
        outbox.publish(ClientAccountLinked.CONTRACT, c.id().toString(), new ClientAccountLinked(c.id(), c.number(),
                c.details().email(), c.userId(), staff, c.updatedAt()));
    }

    private static String phone(ClientDetails details) {
        return details.phone() == null ? null : details.phone().value();
    }
}
