package energy.mwolo.crm.contracts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class ContractTerminated extends DomainException {

    public ContractTerminated(UUID id) {
        super(ErrorKind.CONFLICT, "crm.contract.terminated", null, id);
    }
}
