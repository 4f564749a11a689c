package energy.mwolo.operations.disconnections.application;

import energy.mwolo.operations.disconnections.model.CutWindow;
import java.util.Optional;
import java.util.UUID;

/** What the policy must know of a site: whether it is protected, its agency and the agency's cut window. */
public interface SiteFacts {

    /** Empty while the site, its agency or the agency's calendar is unknown here. */
    Optional<Site> of(UUID site, UUID contract);

    record Site(UUID agency, boolean protectedSite, CutWindow window) {
    }
}
