package energy.mwolo.crm.agencies;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.platform.inbox.Inbox;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one agency event to the read model, exactly once: the inbox row and the change commit together, so a
 * redelivered event (same {@code ce_id}) is skipped. Event types this service does not know are ignored.
 */
@Service
class ApplyingAgencyEvents {

    static final String CONSUMER = "crm.agencies";
    private static final Logger log = LoggerFactory.getLogger(ApplyingAgencyEvents.class);

    private final Inbox inbox;
    private final AgencyReadModel agencies;

    ApplyingAgencyEvents(Inbox inbox, AgencyReadModel agencies) {
        this.inbox = inbox;
        this.agencies = agencies;
    }

    @Transactional
    public void apply(UUID eventId, String type, String payload) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            log.debug("Agency event {} already applied", eventId);
            return;
        }
        if (AgencyOpened.CONTRACT.type().equals(type)) {
            AgencyOpened opened = ContractJson.read(payload, AgencyOpened.class);
            agencies.upsert(opened.agencyId(), opened.code(), opened.name(), opened.active(), opened.occurredAt());
        } else if (AgencyUpdated.CONTRACT.type().equals(type)) {
            AgencyUpdated updated = ContractJson.read(payload, AgencyUpdated.class);
            agencies.upsert(updated.agencyId(), updated.code(), updated.name(), updated.active(),
                    updated.occurredAt());
        } else if (AgencyClosed.CONTRACT.type().equals(type)) {
            AgencyClosed closed = ContractJson.read(payload, AgencyClosed.class);
            agencies.close(closed.agencyId(), closed.code(), closed.occurredAt());
        } else {
            log.debug("Ignoring agency event {} of type {}", eventId, type);
        }
    }
}
