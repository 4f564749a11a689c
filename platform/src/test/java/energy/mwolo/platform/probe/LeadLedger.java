package energy.mwolo.platform.probe;

import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.platform.events.Envelope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** Records each lead it is handed through JPA, with the request id and traceparent the logs carried then. */
@Component
class LeadLedger {

    @PersistenceContext
    private EntityManager entityManager;

    void record(LeadSubmitted lead, Envelope<String> event) {
        entityManager.persist(new LeadEntry(event.eventId(), lead.email(), MDC.get("request_id"),
                MDC.get("traceparent")));
    }
}
