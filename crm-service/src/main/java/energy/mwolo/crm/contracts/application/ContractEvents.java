package energy.mwolo.crm.contracts.application;

import energy.mwolo.crm.contracts.model.Contract;

/** Announces contract changes billing and operations act on; {@code siteProtected} travels with each. */
public interface ContractEvents {

    void activated(Contract contract, boolean siteProtected);

    void suspended(Contract contract, boolean siteProtected);

    void terminated(Contract contract, boolean siteProtected);

    void tariffChanged(Contract contract, boolean siteProtected);
}
