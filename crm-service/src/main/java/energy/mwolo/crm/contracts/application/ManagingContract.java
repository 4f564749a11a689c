package energy.mwolo.crm.contracts.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.contracts.model.Contract;
import energy.mwolo.crm.contracts.model.ContractNotFound;
import energy.mwolo.crm.contracts.model.ContractStatus;
import energy.mwolo.crm.contracts.model.Contracts;
import energy.mwolo.crm.contracts.model.Terms;
import energy.mwolo.crm.sites.model.Sites;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a contract through its states and revises its terms, announcing what billing and operations need. */
@Service
public class ManagingContract {

    private final Contracts contracts;
    private final Sites sites;
    private final ContractEvents events;

    ManagingContract(Contracts contracts, Sites sites, ContractEvents events) {
        this.contracts = contracts;
        this.sites = sites;
        this.events = events;
    }

    @Transactional
    public void activate(UUID id, CurrentUser user) {
        Contract after = load(id, user).activate(Instant.now());
        contracts.update(after);
        events.activated(after, isProtected(after));
    }

    @Transactional
    public void suspend(UUID id, CurrentUser user) {
        Contract after = load(id, user).suspend(Instant.now());
        contracts.update(after);
        events.suspended(after, isProtected(after));
    }

    @Transactional
    public void terminate(UUID id, CurrentUser user) {
        Contract after = load(id, user).terminate(Instant.now());
        contracts.update(after);
        events.terminated(after, isProtected(after));
    }

    /** A draft's terms change silently; a live contract's tariff change is announced to billing. */
    @Transactional
    public void revise(UUID id, UnaryOperator<Terms> change, CurrentUser user) {
        Contract contract = load(id, user);
        Contract after = contract.revise(change.apply(contract.terms()), Instant.now());
        contracts.update(after);
        if (after.status() != ContractStatus.DRAFT && after.terms().tariffDiffers(contract.terms())) {
            events.tariffChanged(after, isProtected(after));
        }
    }

    private Contract load(UUID id, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.UPDATE);
        return contracts.byId(id).orElseThrow(() -> new ContractNotFound(id));
    }

    private boolean isProtected(Contract contract) {
        return sites.byId(contract.siteId()).map(site -> site.details().isProtected()).orElse(false);
    }
}
