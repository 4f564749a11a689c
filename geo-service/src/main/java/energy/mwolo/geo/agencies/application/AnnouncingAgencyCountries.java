package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.Agencies;
import energy.mwolo.geo.agencies.model.Agency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, once, the state of every agency opened before agency events carried the country, so that a consumer
 * reading geo.agency.events from the beginning knows each agency's country (whose holidays it observes). Locked,
 * published and marked in one transaction: a second start, or a second replica, finds nothing left.
 */
@Service
public class AnnouncingAgencyCountries {

    private final Agencies agencies;
    private final AgencyEventPublisher events;

    AnnouncingAgencyCountries(Agencies agencies, AgencyEventPublisher events) {
        this.agencies = agencies;
        this.events = events;
    }

    /** @return how many agencies were published */
    @Transactional
    public int announcePending() {
        int announced = 0;
        for (Agency agency : agencies.lockWithUnpublishedCountry()) {
            events.announceState(agency);
            agencies.markCountryPublished(agency.id());
            announced++;
        }
        return announced;
    }
}
