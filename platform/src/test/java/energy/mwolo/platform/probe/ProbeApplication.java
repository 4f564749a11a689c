package energy.mwolo.platform.probe;

import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.platform.events.EventConsumer;
import energy.mwolo.platform.kafka.DeadLetters;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** A service with one consumer of its own ({@code probe.leads}) and the agency and calendar read models. */
@SpringBootApplication
public class ProbeApplication {

    public static final String LEADS = "probe.leads";

    @Bean
    EventConsumer leadEvents(LeadLedger ledger) {
        return EventConsumer.named(LEADS).onWithEnvelope(LeadSubmitted.CONTRACT, ledger::record).build();
    }

    /** The platform's error handler, watched: the tests count the deliveries that failed. */
    @Bean
    DefaultErrorHandler watchedErrorHandler(DeadLetters deadLetters, FailedDeliveries failures) {
        DefaultErrorHandler handler = deadLetters.errorHandler();
        handler.setRetryListeners(failures);
        return handler;
    }
}
