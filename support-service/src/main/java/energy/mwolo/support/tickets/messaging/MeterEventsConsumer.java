package energy.mwolo.support.tickets.messaging;

import energy.mwolo.contracts.operations.MeterDisconnected;
import energy.mwolo.contracts.operations.MeterReconnected;
import energy.mwolo.platform.events.EventConsumer;
import energy.mwolo.support.tickets.application.NotingMeterEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operations' supply cuts and restorations, exactly once (the inbox key {@code support.meters}, never to be renamed);
 * operations' other meter events are skipped without an inbox row.
 */
@Configuration(proxyBeanMethods = false)
class MeterEventsConsumer {

    @Bean
    EventConsumer meterEvents(NotingMeterEvents noting) {
        return EventConsumer.named("support.meters")
                .on(MeterDisconnected.CONTRACT, event -> noting.supplyChanged(event.siteId(), event.meterNumber(),
                        false, event.occurredAt()))
                .on(MeterReconnected.CONTRACT, event -> noting.supplyChanged(event.siteId(), event.meterNumber(),
                        true, event.occurredAt()))
                .build();
    }
}
