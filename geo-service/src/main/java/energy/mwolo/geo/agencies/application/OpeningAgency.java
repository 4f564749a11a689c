package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.Agencies;
import energy.mwolo.geo.agencies.model.Agency;
import energy.mwolo.geo.agencies.model.AgencyCodes;
import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.geography.model.Province;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens an agency under the next code of its province and announces it with AgencyOpened. */
@Service
public class OpeningAgency {

    private final Agencies agencies;
    private final AgencyCodes codes;
    private final AgencyLocator locator;
    private final AgencyEventPublisher events;

    OpeningAgency(Agencies agencies, AgencyCodes codes, AgencyLocator locator, AgencyEventPublisher events) {
        this.agencies = agencies;
        this.codes = codes;
        this.locator = locator;
        this.events = events;
    }

    @Transactional
    public AgencyId open(AgencyDraft draft, CurrentUser user) {
        user.require(AgencyPermissions.CREATE);
        Province province = locator.province(draft.province());
        Agency agency = Agency.open(codes.next(province), locator.locate(province, draft.territory()),
                draft.details(), Instant.now());
        agencies.add(agency);
        events.publishRecordedEvents(agency);
        return agency.id();
    }
}
