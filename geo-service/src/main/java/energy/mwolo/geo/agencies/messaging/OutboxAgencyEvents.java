package energy.mwolo.geo.agencies.messaging;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.geo.agencies.application.AgencyEventPublisher;
import energy.mwolo.geo.agencies.model.Agency;
import energy.mwolo.geo.agencies.model.AgencyDetails;
import energy.mwolo.geo.agencies.model.AgencyEvent;
import energy.mwolo.geo.agencies.model.Coordinates;
import energy.mwolo.geo.geography.application.Parents;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.platform.outbox.Outbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Opened and updated events carry the agency's whole state after the change, so consumers can keep a read model
 * from them alone; with the country of its province, whose public holidays the agency observes. The Kafka key is
 * the agency id: an agency's events stay in order.
 */
@Component
class OutboxAgencyEvents implements AgencyEventPublisher {

    private final Outbox outbox;
    private final Parents places;

    OutboxAgencyEvents(Outbox outbox, Parents places) {
        this.outbox = outbox;
        this.places = places;
    }

    @Override
    public void announceState(Agency agency) {
        outbox.publish(AgencyUpdated.CONTRACT, agency.id().value().toString(),
                updated(agency, new AgencyEvent.Updated(Instant.now())));
    }

    @Override
    public void publishRecordedEvents(Agency agency) {
        String key = agency.id().value().toString();
        for (AgencyEvent event : agency.pullEvents()) {
            if (event instanceof AgencyEvent.Opened opened) {
                outbox.publish(AgencyOpened.CONTRACT, key, opened(agency, opened));
            } else if (event instanceof AgencyEvent.Updated updated) {
                outbox.publish(AgencyUpdated.CONTRACT, key, updated(agency, updated));
            } else if (event instanceof AgencyEvent.Closed closed) {
                outbox.publish(AgencyClosed.CONTRACT, key,
                        new AgencyClosed(agency.id().value(), agency.code().value(), closed.occurredAt()));
            }
        }
    }

    private AgencyOpened opened(Agency agency, AgencyEvent.Opened event) {
        AgencyDetails details = agency.details();
        return new AgencyOpened(agency.id().value(), agency.code().value(), details.name(),
                agency.location().province().value(), agency.code().provinceCode(), country(agency),
                territory(agency), details.address(), details.phone(), details.email(), manager(details),
                latitude(details), longitude(details), details.openingHours(), agency.isActive(),
                event.occurredAt());
    }

    private AgencyUpdated updated(Agency agency, AgencyEvent.Updated event) {
        AgencyDetails details = agency.details();
        return new AgencyUpdated(agency.id().value(), agency.code().value(), details.name(),
                agency.location().province().value(), agency.code().provinceCode(), country(agency),
                territory(agency), details.address(), details.phone(), details.email(), manager(details),
                latitude(details), longitude(details), details.openingHours(), agency.isActive(),
                event.occurredAt());
    }

    private String country(Agency agency) {
        ProvinceId province = agency.location().province();
        return places.country(places.province(province.value()).countryId().value()).code().value();
    }

    private static UUID territory(Agency agency) {
        return agency.location().territory() == null ? null : agency.location().territory().value();
    }

    private static UUID manager(AgencyDetails details) {
        return details.manager() == null ? null : details.manager().value();
    }

    private static BigDecimal latitude(AgencyDetails details) {
        Coordinates position = details.coordinates();
        return position == null ? null : position.latitude();
    }

    private static BigDecimal longitude(AgencyDetails details) {
        Coordinates position = details.coordinates();
        return position == null ? null : position.longitude();
    }
}
