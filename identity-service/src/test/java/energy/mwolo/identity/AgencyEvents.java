package energy.mwolo.identity;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes agency events onto the shared broker as geo-service would: contract records as JSON, the agency id as
 * key, CloudEvents headers. Each call returns the event id, so a test can deliver the same event twice.
 */
public final class AgencyEvents implements AutoCloseable {

    private final ServiceEvents geo;

    public AgencyEvents(String bootstrapServers) {
        this.geo = ServiceEvents.as(bootstrapServers, ServiceCatalogue.GEO);
    }

    public static AgencyOpened opened(UUID agency, String code, boolean active, Instant at) {
        return new AgencyOpened(agency, code, "Agence " + code, UUID.randomUUID(), "KN", null,
                "12, avenue du Commerce, Gombe, Kinshasa", "+243 81 555 0142", null, null, null, null, null, active,
                at);
    }

    public static AgencyUpdated updated(UUID agency, String code, boolean active, Instant at) {
        return new AgencyUpdated(agency, code, "Agence " + code, UUID.randomUUID(), "KN", null, null, null, null,
                null, null, null, null, active, at);
    }

    public static AgencyClosed closed(UUID agency, String code, Instant at) {
        return new AgencyClosed(agency, code, at);
    }

    public UUID publish(Object event) {
        UUID id = UUID.randomUUID();
        publish(id, event);
        return id;
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. */
    public void publish(UUID eventId, Object event) {
        if (event instanceof AgencyOpened opened) {
            geo.publish(eventId, AgencyOpened.CONTRACT, opened.agencyId(), opened);
        } else if (event instanceof AgencyUpdated updated) {
            geo.publish(eventId, AgencyUpdated.CONTRACT, updated.agencyId(), updated);
        } else {
            AgencyClosed closed = (AgencyClosed) event;
            geo.publish(eventId, AgencyClosed.CONTRACT, closed.agencyId(), closed);
        }
    }

    @Override
    public void close() {
        geo.close();
    }
}
