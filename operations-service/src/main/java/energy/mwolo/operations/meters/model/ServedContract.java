package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import java.util.Objects;

/** A contract a meter may measure, with the site it supplies (a meter serves contracts of its own site only). */
public record ServedContract(ContractId id, SiteId site) {

    public ServedContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
    }
}
