package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.Agencies;
import energy.mwolo.geo.agencies.model.Agency;
import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.agencies.model.AgencyNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What deleting an agency means: closing it (other services keep referring to it). Closing twice is harmless. */
@Service
public class ClosingAgency {

    private final Agencies agencies;
    private final AgencyEventPublisher events;

    ClosingAgency(Agencies agencies, AgencyEventPublisher events) {
        this.agencies = agencies;
        this.events = events;
    }

    @Transactional
    public void close(AgencyId id, CurrentUser user) {
        user.require(AgencyPermissions.DELETE);
        Agency agency = agencies.byId(id).orElseThrow(() -> new AgencyNotFound(id.value()));
        agency.close(Instant.now());
        agencies.update(agency);
        events.publishRecordedEvents(agency);
    }
}
