package energy.mwolo.crm.interactions;

import energy.mwolo.contracts.support.TicketOpened;
import energy.mwolo.contracts.support.TicketResolved;
import energy.mwolo.platform.events.EventConsumer;
import energy.mwolo.platform.outbox.Uuids;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Support's tickets on the client's timeline, exactly once (inbox consumer {@code crm.tickets}): an opening and a
 * resolution each become a note linked to the ticket, shown to the client (whose ticket it is). Other ticket events
 * (assignments, status changes, SLA breaches) are support's business and skipped without an inbox row.
 */
@Configuration(proxyBeanMethods = false)
class TicketEventsConsumer {

    @Bean
    EventConsumer ticketEvents(Interactions interactions) {
        return EventConsumer.named("crm.tickets")
                .on(TicketOpened.CONTRACT, opened -> interactions.add(note(opened.clientId(), opened.ticketId(),
                        "Ticket " + opened.number() + " ouvert (" + opened.category() + ") : " + opened.subject(),
                        Interaction.Direction.INBOUND, opened.occurredAt())))
                .on(TicketResolved.CONTRACT, resolved -> interactions.add(note(resolved.clientId(),
                        resolved.ticketId(), "Ticket " + resolved.number() + " résolu", Interaction.Direction.OUTBOUND,
                        resolved.occurredAt())))
                .build();
    }

    private static Interaction note(java.util.UUID client, java.util.UUID ticket, String summary,
                                    Interaction.Direction direction, Instant at) {
        return new Interaction(Uuids.timeOrdered(), client, Interaction.Type.NOTE, direction, summary, null, at, ticket,
                null, Instant.now(), Interaction.Visibility.CUSTOMER);
    }
}
