package energy.mwolo.crm.clients.application;

import energy.mwolo.crm.kernel.InvalidField;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A client's agency must be one geo-service announced and has not closed. */
@Component
class AgencyCheck {

    private final Agencies agencies;

    AgencyCheck(Agencies agencies) {
        this.agencies = agencies;
    }

    void requireOpen(UUID agency) {
        if (agency == null) {
            return;
        }
        if (!agencies.exists(agency)) {
            throw new InvalidField("agency", "crm.agency.unknown", agency);
        }
        if (!agencies.isOpen(agency)) {
            throw new InvalidField("agency", "crm.agency.closed", agency);
        }
    }
}
