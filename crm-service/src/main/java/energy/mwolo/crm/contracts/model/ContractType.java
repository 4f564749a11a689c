package energy.mwolo.crm.contracts.model;

import energy.mwolo.crm.kernel.Codes;

public enum ContractType {
    MONTHLY_FLAT_FEE, METERED, PREPAID;

    public String code() {
        return Codes.of(this);
    }

    public static ContractType of(String code) {
        return Codes.parse(ContractType.class, code, "contract_type");
    }
}
