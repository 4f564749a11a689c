package energy.mwolo.crm.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.crm.contracts.application.DraftingContract;
import energy.mwolo.crm.contracts.application.ManagingContract;
import energy.mwolo.crm.contracts.model.ContractStatus;
import energy.mwolo.crm.contracts.model.Contracts;
import energy.mwolo.crm.contracts.model.Terms;
import energy.mwolo.crm.sites.application.ManagingSites;
import energy.mwolo.crm.sites.model.SiteDetails;
import energy.mwolo.crm.sites.model.Sites;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** A site of the dev customer with its active contract, each step skipped when already done. */
@Component
@Profile("dev")
class DevServicePoints {

    private static final Logger log = LoggerFactory.getLogger(DevServicePoints.class);

    private final Sites sites;
    private final Contracts contracts;
    private final ManagingSites managingSites;
    private final DraftingContract drafting;
    private final ManagingContract managingContract;

    DevServicePoints(Sites sites, Contracts contracts, ManagingSites managingSites, DraftingContract drafting,
                     ManagingContract managingContract) {
        this.sites = sites;
        this.contracts = contracts;
        this.managingSites = managingSites;
        this.drafting = drafting;
        this.managingContract = managingContract;
    }

    void seed(UUID site, UUID contract, SiteDetails siteDetails, Terms terms) {
        if (sites.byId(site).isEmpty()) {
            managingSites.register(site, DevCustomer.clientId(), siteDetails, DevCustomerSeed.SEEDER);
        }
        if (contracts.byId(contract).isEmpty()) {
            drafting.draft(contract, DevCustomer.clientId(), site, terms, DevCustomerSeed.SEEDER);
            log.info("Dev customer's contract {} drafted on site {}", contract, site);
        }
        if (contracts.byId(contract).orElseThrow().status() == ContractStatus.DRAFT) {
            managingContract.activate(contract, DevCustomerSeed.SEEDER);
        }
    }
}
