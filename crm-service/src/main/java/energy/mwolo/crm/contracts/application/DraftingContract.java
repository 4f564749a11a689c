package energy.mwolo.crm.contracts.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.clients.model.ClientClosed;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.contracts.model.Contract;
import energy.mwolo.crm.contracts.model.Contracts;
import energy.mwolo.crm.contracts.model.Terms;
import energy.mwolo.crm.kernel.InvalidField;
import energy.mwolo.crm.sites.model.Site;
import energy.mwolo.crm.sites.model.Sites;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts a contract for one of the client's own sites; nothing is announced until it is activated. */
@Service
public class DraftingContract {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");

    private final Contracts contracts;
    private final Clients clients;
    private final Sites sites;

    DraftingContract(Contracts contracts, Clients clients, Sites sites) {
        this.contracts = contracts;
        this.clients = clients;
        this.sites = sites;
    }

    @Transactional
    public UUID draft(UUID clientId, UUID siteId, Terms terms, CurrentUser user) {
        return draft(Uuids.timeOrdered(), clientId, siteId, terms, user);
    }

    /** Drafts under an id the caller chose (seeded contracts other services name); otherwise as above. */
    @Transactional
    public UUID draft(UUID id, UUID clientId, UUID siteId, Terms terms, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.CREATE);
        if (clientId == null) {
            throw new InvalidField("client", "crm.validation.required");
        }
        if (siteId == null) {
            throw new InvalidField("site", "crm.validation.required");
        }
        var client = clients.byId(clientId)
                .orElseThrow(() -> new InvalidField("client", "crm.client.not_found", clientId));
        if (client.isClosed()) {
            throw new ClientClosed(clientId);
        }
        Site site = sites.byId(siteId).orElseThrow(() -> new InvalidField("site", "crm.site.not_found", siteId));
        if (!site.clientId().equals(clientId)) {
            throw new InvalidField("site", "crm.contract.site_of_another_client", siteId);
        }
        int year = LocalDate.now(KINSHASA).getYear();
        Contract contract = Contract.draft(id, Contract.number(year, contracts.nextNumber()),
                clientId, siteId, terms, Instant.now());
        contracts.add(contract);
        return contract.id();
    }
}
