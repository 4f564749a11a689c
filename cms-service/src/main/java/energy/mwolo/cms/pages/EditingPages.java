package energy.mwolo.cms.pages;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.cms.kernel.SlugTaken;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff write pages: create, revise, publish, withdraw, delete. Each change raises the content revision, so the
 * public's cached answers go stale when it commits. A slug another page uses in the same language is a 409, checked
 * first and guarded by the database's unique key against two writers at once.
 */
@Service
public class EditingPages {

    private final Pages pages;
    private final PageEvents events;
    private final ContentRevision revision;
    private final Clock clock;

    EditingPages(Pages pages, PageEvents events, ContentRevision revision, Clock clock) {
        this.pages = pages;
        this.events = events;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Page create(Map<String, PageText> texts, boolean publish, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.CREATE);
        Page page = Page.draft(texts, clock.instant());
        refuseTakenSlugs(page);
        if (publish) {
            CmsAccess.require(user, CmsAccess.UPDATE);
            page.publish(clock.instant());
        }
        return saved(page);
    }

    @Transactional
    public Page revise(UUID id, Map<String, PageText> texts, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Page page = found(id);
        page.revise(texts, clock.instant());
        refuseTakenSlugs(page);
        return saved(page);
    }

    @Transactional
    public Page publish(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Page page = found(id);
        page.publish(clock.instant());
        return saved(page);
    }

    @Transactional
    public Page withdraw(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Page page = found(id);
        page.withdraw(clock.instant());
        return saved(page);
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.DELETE);
        pages.delete(found(id));
        revision.changed();
    }

    private Page found(UUID id) {
        return pages.findById(id).orElseThrow(() -> new ItemNotFound("page", id));
    }

    private void refuseTakenSlugs(Page page) {
        page.texts().forEach((language, text) -> {
            if (pages.slugTakenByAnother(language, text.slug(), page.id())) {
                throw new SlugTaken(Language.of(language, "language"), text.slug());
            }
        });
    }

    private Page saved(Page page) {
        Page saved;
        try {
            saved = pages.saveAndFlush(page);
        } catch (DataIntegrityViolationException e) {
            throw SlugTaken.atOnce();
        }
        events.publish(page);
        revision.changed();
        return saved;
    }
}
