package energy.mwolo.crm.contracts.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.contracts.model.Contract;
import energy.mwolo.crm.contracts.model.ContractNotFound;
import energy.mwolo.crm.contracts.model.Contracts;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads contracts: a customer sees only its own client's, another client's contract is "not found". */
@Service
@Transactional(readOnly = true)
public class BrowsingContracts {

    private final Contracts contracts;
    private final ContractDirectory directory;

    BrowsingContracts(Contracts contracts, ContractDirectory directory) {
        this.contracts = contracts;
        this.directory = directory;
    }

    public ContractQuery query(UUID client, UUID site, String status, String type, String ordering,
                               CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        return new ContractQuery(client, site, status, type, ordering, scope.ownClient(), scope.restricted());
    }

    public long count(ContractQuery query) {
        return directory.count(query);
    }

    public List<Contract> find(ContractQuery query, long offset, int limit) {
        return directory.find(query, offset, limit);
    }

    public Contract show(UUID id, CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        return contracts.byId(id).filter(c -> scope.allows(c.clientId()))
                .orElseThrow(() -> new ContractNotFound(id));
    }
}
