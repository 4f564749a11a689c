package energy.mwolo.cms.pages;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.cms.kernel.Keys;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pages as the public sees them (published only) and as staff with {@code cms:read} see them (drafts too). */
@Service
@Transactional(readOnly = true)
public class ReadingPages {

    private final Pages pages;

    ReadingPages(Pages pages) {
        this.pages = pages;
    }

    /** By id, or by slug in the asked language then in French; a draft is not found for the public. */
    public Page find(String key, Language language, CurrentUser user) {
        Optional<Page> page = Keys.asId(key).flatMap(pages::findById)
                .or(() -> pages.findBySlug(language.code(), key))
                .or(() -> pages.findBySlug(Language.FALLBACK.code(), key));
        return page.filter(found -> found.published() || CmsAccess.seesDrafts(user))
                .orElseThrow(() -> new ItemNotFound("page", key));
    }

    public org.springframework.data.domain.Page<Page> list(int page, int size, CurrentUser user) {
        return pages.listed(CmsAccess.seesDrafts(user), PageRequest.of(page - 1, size));
    }
}
