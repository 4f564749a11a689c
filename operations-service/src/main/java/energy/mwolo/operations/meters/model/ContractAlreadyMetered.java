package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A contract has one meter at a time: replacing it is a swap, not a second link. */
public class ContractAlreadyMetered extends DomainException {

    public ContractAlreadyMetered(ContractId contract) {
        super(ErrorKind.CONFLICT, "meters.link.contract_taken", "contract", contract.value());
    }
}
