package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.contracts.billing.MobileMoneyPaymentEnded;
import energy.mwolo.contracts.billing.MobileMoneyPaymentStarted;
import energy.mwolo.operations.disconnections.application.DecidingDisconnections;
import energy.mwolo.platform.events.EventConsumer;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * billing's mobile-money requests under way hold the client's cuts (inbox key {@code operations.payment-holds},
 * never to be renamed); the other events of {@code billing.payment.events} are skipped. The hold lasts as long as
 * billing says (its {@code hold_until} after the start), counted from when operations hears of it. A request's end
 * may overtake its start (one key, but a redelivery of the start after the end): the ended row stays ended.
 */
@Configuration(proxyBeanMethods = false)
class PaymentEventsConsumer {

    static final String NAME = "operations.payment-holds";

    @Bean
    EventConsumer paymentEvents(DecidingDisconnections deciding) {
        return EventConsumer.named(NAME)
                .on(MobileMoneyPaymentStarted.CONTRACT, event -> deciding.paymentStarted(event.clientId(),
                        event.requestId(), Duration.between(event.occurredAt(), event.holdUntil())))
                .on(MobileMoneyPaymentEnded.CONTRACT, event -> deciding.paymentEnded(event.clientId(),
                        event.requestId(), MobileMoneyPaymentEnded.CREDITED.equals(event.outcome())))
                .build();
    }
}
