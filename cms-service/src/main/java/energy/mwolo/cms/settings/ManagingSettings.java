package energy.mwolo.cms.settings;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platform.readmodels.agencies.AgenciesChanged;
import energy.mwolo.platform.readmodels.agencies.Agency;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone reads the website's settings; staff with {@code cms:update} replace them. */
@Service
public class ManagingSettings {

    private static final short ROW = 1;

    private final SettingsRows rows;
    private final ContentRevision revision;
    private final Clock clock;
    private final Agencies agencies;

    ManagingSettings(SettingsRows rows, ContentRevision revision, Clock clock, Agencies agencies) {
        this.rows = rows;
        this.revision = revision;
        this.clock = clock;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public SiteSettings current() {
        return rows.findById(ROW).orElseThrow();
    }

    /** The open agencies with their addresses, as geo-service announced them (the local read model). */
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return agencies.open();
    }

    /**
     * An agency opened, moved, changed its contacts or closed: the public settings list agencies, so every cached
     * answer is stale. Runs inside the transaction that applied geo's event.
     */
    @EventListener
    @Transactional
    void agencyChanged(AgenciesChanged changed) {
        revision.changed();
    }

    @Transactional
    public SiteSettings replace(String companyName, SiteSettings.Contacts contacts, Bilingual heroTitle,
            Bilingual heroText, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        SiteSettings settings = rows.findById(ROW).orElseThrow();
        settings.replace(companyName, contacts, heroTitle, heroText, clock.instant());
        revision.changed();
        return settings;
    }
}
