package energy.mwolo.crm.sites.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientClosed;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.geography.Places;
import energy.mwolo.crm.kernel.InvalidField;
import energy.mwolo.crm.sites.model.Site;
import energy.mwolo.crm.sites.model.SiteDetails;
import energy.mwolo.crm.sites.model.SiteNotFound;
import energy.mwolo.crm.sites.model.Sites;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a client's service points under the next reference and revises them. */
@Service
public class ManagingSites {

    private final Sites sites;
    private final Clients clients;
    private final SiteEvents events;
    private final Places places;

    ManagingSites(Sites sites, Clients clients, SiteEvents events, Places places) {
        this.sites = sites;
        this.clients = clients;
        this.events = events;
        this.places = places;
    }

    @Transactional
    public UUID register(UUID clientId, SiteDetails details, CurrentUser user) {
        return register(Uuids.timeOrdered(), clientId, details, user);
    }

    /** Registers under an id the caller chose (seeded sites other services name); otherwise as above. */
    @Transactional
    public UUID register(UUID id, UUID clientId, SiteDetails details, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.CREATE);
        if (clientId == null) {
            throw new InvalidField("client", "crm.validation.required");
        }
        Client client = clients.byId(clientId)
                .orElseThrow(() -> new InvalidField("client", "crm.client.not_found", clientId));
        if (client.isClosed()) {
            throw new ClientClosed(clientId);
        }
        if (!details.places().isEmpty()) {
            places.requireConsistent(details.places());
        }
        Instant now = Instant.now();
        Site site = new Site(id, Site.reference(sites.nextReference()), clientId, details, now, now);
        sites.add(site);
        events.registered(site);
        return site.id();
    }

    @Transactional
    public void revise(UUID id, UnaryOperator<SiteDetails> change, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.UPDATE);
        Site site = sites.byId(id).orElseThrow(() -> new SiteNotFound(id));
        SiteDetails revised = change.apply(site.details());
        if (!revised.places().equals(site.details().places())) {
            places.requireConsistent(revised.places());
        }
        Site after = site.revise(revised, Instant.now());
        sites.update(after);
        events.updated(after);
    }
}
