package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.contracts.billing.AccountOverdue;
import energy.mwolo.contracts.billing.AccountSettled;
import energy.mwolo.operations.disconnections.application.DecidingDisconnections;
import energy.mwolo.operations.disconnections.application.OverdueReport;
import energy.mwolo.operations.disconnections.application.SettledReport;
import energy.mwolo.platform.events.EventConsumer;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * billing's AccountOverdue and AccountSettled, exactly once (the inbox key {@code operations.disconnections}, never
 * to be renamed). A redelivery is the inbox's to skip; one that slipped past it is ignored by its occurred_at.
 */
@Configuration(proxyBeanMethods = false)
class AccountEventsConsumer {

    static final String NAME = "operations.disconnections";

    @Bean
    EventConsumer accountEvents(DecidingDisconnections deciding) {
        return EventConsumer.named(NAME)
                .on(AccountOverdue.CONTRACT, event -> deciding.overdue(new OverdueReport(event.contractId(),
                        event.clientId(), event.siteId(), amountDue(event), event.occurredAt())))
                .on(AccountSettled.CONTRACT, event -> deciding.settled(new SettledReport(event.contractId(),
                        event.clientId(), event.siteId(), event.occurredAt())))
                .build();
    }

    private static String amountDue(AccountOverdue event) {
        return event.balances().stream()
                .map(balance -> balance.amount().toPlainString() + " " + balance.currency())
                .collect(Collectors.joining(", "));
    }
}
