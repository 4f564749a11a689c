package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.AgencyLocation;
import energy.mwolo.geo.geography.application.Parents;
import energy.mwolo.geo.geography.model.Province;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns the province and territory a request names into an agency location, checking both exist and agree. */
@Component
class AgencyLocator {

    private final Parents places;

    AgencyLocator(Parents places) {
        this.places = places;
    }

    Province province(UUID id) {
        return places.province(id);
    }

    AgencyLocation locate(Province province, UUID territory) {
        return AgencyLocation.of(province, territory == null ? null : places.territory(territory));
    }

    AgencyLocation locate(UUID province, UUID territory) {
        return locate(province(province), territory);
    }
}
