package energy.mwolo.cms.posts;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.cms.kernel.Keys;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts as the public sees them (published only, newest first) and as staff with {@code cms:read} see them. */
@Service
@Transactional(readOnly = true)
public class ReadingPosts {

    private final Posts posts;

    ReadingPosts(Posts posts) {
        this.posts = posts;
    }

    /** By id, or by slug in the asked language then in French; one not published is not found for the public. */
    public Post find(String key, Language language, CurrentUser user) {
        Optional<Post> post = Keys.asId(key).flatMap(posts::findById)
                .or(() -> posts.findBySlug(language.code(), key))
                .or(() -> posts.findBySlug(Language.FALLBACK.code(), key));
        return post.filter(found -> found.publication().isPublic() || CmsAccess.seesDrafts(user))
                .orElseThrow(() -> new ItemNotFound("post", key));
    }

    public org.springframework.data.domain.Page<Post> list(int page, int size, CurrentUser user) {
        return posts.listed(CmsAccess.seesDrafts(user), PageRequest.of(page - 1, size));
    }
}
