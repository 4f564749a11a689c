package energy.mwolo.operations.customers;

import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import java.util.Optional;

/** crm's sites and contracts as their events told this service; empty until the first event about one arrives. */
public interface Customers {

    Optional<ServicePoint> site(SiteId id);

    Optional<SupplyContract> contract(ContractId id);
}
