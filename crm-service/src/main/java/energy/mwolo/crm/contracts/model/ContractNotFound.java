package energy.mwolo.crm.contracts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class ContractNotFound extends DomainException {

    public ContractNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "crm.contract.not_found", null, id);
    }
}
