package energy.mwolo.cms.settings;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone reads the website's settings; staff with {@code cms:update} replace them. */
@Service
public class ManagingSettings {

    private static final short ROW = 1;

    private final SettingsRows rows;
    private final ContentRevision revision;
    private final Clock clock;

    ManagingSettings(SettingsRows rows, ContentRevision revision, Clock clock) {
        this.rows = rows;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SiteSettings current() {
        return rows.findById(ROW).orElseThrow();
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
