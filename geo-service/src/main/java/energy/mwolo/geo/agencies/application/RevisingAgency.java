package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.Agencies;
import energy.mwolo.geo.agencies.model.Agency;
import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.agencies.model.AgencyNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an agency (PUT replaces, PATCH amends) and publishes AgencyUpdated. A request may also reopen a closed
 * agency ({@code active = true}) or close an open one ({@code active = false}); a closed agency that the request
 * does not reopen cannot be changed.
 */
@Service
public class RevisingAgency {

    private final Agencies agencies;
    private final AgencyLocator locator;
    private final AgencyEventPublisher events;

    RevisingAgency(Agencies agencies, AgencyLocator locator, AgencyEventPublisher events) {
        this.agencies = agencies;
        this.locator = locator;
        this.events = events;
    }

    /** @param active the requested state, or null to keep it */
    @Transactional
    public void replace(AgencyId id, AgencyDraft draft, Boolean active, CurrentUser user) {
        revise(id, current -> draft, active, user);
    }

    /** @param active the requested state, or null to keep it */
    @Transactional
    public void amend(AgencyId id, AgencyDraft changes, Boolean active, CurrentUser user) {
        revise(id, changes::over, active, user);
    }

    private void revise(AgencyId id, Function<Agency, AgencyDraft> change, Boolean active, CurrentUser user) {
        user.require(AgencyPermissions.UPDATE);
        Agency agency = agencies.byId(id).orElseThrow(() -> new AgencyNotFound(id.value()));
        AgencyDraft draft = change.apply(agency);
        Instant now = Instant.now();
        if (Boolean.TRUE.equals(active)) {
            agency.reopen(now);
        }
        agency.revise(locator.locate(draft.province(), draft.territory()), draft.details(), now);
        if (Boolean.FALSE.equals(active)) {
            agency.close(now);
        }
        agencies.update(agency);
        events.publishRecordedEvents(agency);
    }
}
