package energy.mwolo.billing.consumption;

import energy.mwolo.contracts.operations.ConsumptionRecorded;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code operations.consumption.events}, exactly once (inbox consumer {@code billing.consumption}). */
@Configuration(proxyBeanMethods = false)
class ConsumptionEventsConsumer {

    @Bean
    EventConsumer consumptionEvents(RecordingConsumption recording) {
        return EventConsumer.named("billing.consumption")
                .on(ConsumptionRecorded.CONTRACT, recording::recorded)
                .build();
    }
}
