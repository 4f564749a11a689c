package energy.mwolo.crm.leads;

import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.crm.clients.application.RegisteringClient;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.crm.interactions.Interaction;
import energy.mwolo.crm.interactions.Interactions;
import energy.mwolo.platform.outbox.Uuids;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * A website lead becomes a prospect (or finds the client with that email) and an inbound note on its timeline.
 * Runs in the transaction of {@link LeadEventsConsumer}, whose inbox makes it once per event.
 */
@Service
class TakingLead {

    private final Clients clients;
    private final RegisteringClient registering;
    private final Interactions interactions;

    TakingLead(Clients clients, RegisteringClient registering, Interactions interactions) {
        this.clients = clients;
        this.registering = registering;
        this.interactions = interactions;
    }

    void take(LeadSubmitted lead) {
        Client client = clients.byEmail(lead.email()).orElseGet(() -> registering.registerFor(prospect(lead), null));
        String summary = (lead.subject() == null ? "" : lead.subject() + "\n") + lead.message();
        interactions.add(new Interaction(Uuids.timeOrdered(), client.id(), Interaction.Type.NOTE,
                Interaction.Direction.INBOUND, "Formulaire du site : " + summary, null, lead.occurredAt(), null,
                null, Instant.now()));
    }

    private static ClientDetails prospect(LeadSubmitted lead) {
        String name = lead.name().strip();
        int space = name.lastIndexOf(' ');
        String first = space < 0 ? name : name.substring(0, space).strip();
        String last = space < 0 ? name : name.substring(space + 1);
        return new ClientDetails(ClientKind.INDIVIDUAL, first, last, null, null, null, null, lead.email(),
                PhoneNumber.parseOrNone(lead.phone()), null, null, null, null);
    }

}
