package energy.mwolo.crm.contracts.model;

import energy.mwolo.crm.kernel.Codes;
import energy.mwolo.crm.kernel.TransitionRefused;

/**
 * draft -> active <-> suspended -> terminated; a draft may be terminated (abandoned) too. Terminated is final.
 */
public enum ContractStatus {
    DRAFT, ACTIVE, SUSPENDED, TERMINATED;

    public ContractStatus activate() {
        return move(this == DRAFT || this == SUSPENDED, ACTIVE);
    }

    public ContractStatus suspend() {
        return move(this == ACTIVE, SUSPENDED);
    }

    public ContractStatus terminate() {
        return move(this != TERMINATED, TERMINATED);
    }

    private ContractStatus move(boolean allowed, ContractStatus target) {
        if (!allowed) {
            throw new TransitionRefused(code(), target.code());
        }
        return target;
    }

    public String code() {
        return Codes.of(this);
    }

    public static ContractStatus of(String code) {
        return Codes.parse(ContractStatus.class, code, "status");
    }
}
