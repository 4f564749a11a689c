package energy.mwolo.crm.sites.messaging;

import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.crm.sites.application.SiteEvents;
import energy.mwolo.crm.sites.model.Coordinates;
import energy.mwolo.crm.sites.model.Site;
import energy.mwolo.crm.sites.model.SiteDetails;
import org.springframework.stereotype.Component;

/** Site events carry the site's whole state, protected flag included (operations never cuts those). */
@Component
class OutboxSiteEvents implements SiteEvents {

    private final energy.mwolo.platform.outbox.Outbox outbox;

    OutboxSiteEvents(energy.mwolo.platform.outbox.Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(Site s) {
        SiteDetails d = s.details();
        Coordinates at = d.coordinates();
        outbox.publish(SiteRegistered.CONTRACT, s.id().toString(), new SiteRegistered(s.id(), s.reference(),
                s.clientId(), d.name(), d.usage().code(), d.isProtected(), d.active(), d.address(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude(), s.updatedAt()));
    }

    @Override
    public void updated(Site s) {
        SiteDetails d = s.details();
        Coordinates at = d.coordinates();
        outbox.publish(SiteUpdated.CONTRACT, s.id().toString(), new SiteUpdated(s.id(), s.reference(),
                s.clientId(), d.name(), d.usage().code(), d.isProtected(), d.active(), d.address(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude(), s.updatedAt()));
    }
}
