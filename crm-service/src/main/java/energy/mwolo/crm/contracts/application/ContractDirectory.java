package energy.mwolo.crm.contracts.application;

import energy.mwolo.crm.contracts.model.Contract;
import java.util.List;

public interface ContractDirectory {

    long count(ContractQuery query);

    List<Contract> find(ContractQuery query, long offset, int limit);
}
