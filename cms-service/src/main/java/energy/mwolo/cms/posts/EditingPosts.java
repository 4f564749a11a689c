package energy.mwolo.cms.posts;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.cms.kernel.SlugTaken;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff write posts: create (as a draft, published, or scheduled), revise, publish, schedule, withdraw, delete. Each
 * change raises the content revision; a slug another post uses in the same language is a 409.
 */
@Service
public class EditingPosts {

    private final Posts posts;
    private final PostEvents events;
    private final ContentRevision revision;
    private final Clock clock;

    EditingPosts(Posts posts, PostEvents events, ContentRevision revision, Clock clock) {
        this.posts = posts;
        this.events = events;
        this.revision = revision;
        this.clock = clock;
    }

    /** {@code publish} makes it public at once; else a {@code scheduledFor} schedules it; else a draft. */
    @Transactional
    public Post create(Map<String, PostText> texts, String cover, boolean publish, Instant scheduledFor,
            CurrentUser user) {
        CmsAccess.require(user, CmsAccess.CREATE);
        Post post = Post.draft(texts, cover, clock.instant());
        refuseTakenSlugs(post);
        if (publish || scheduledFor != null) {
            CmsAccess.require(user, CmsAccess.UPDATE);
            if (publish) {
                post.publish(clock.instant());
            } else {
                post.schedule(scheduledFor, clock.instant());
            }
        }
        return saved(post);
    }

    @Transactional
    public Post revise(UUID id, Map<String, PostText> texts, String cover, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Post post = found(id);
        post.revise(texts, cover, clock.instant());
        refuseTakenSlugs(post);
        return saved(post);
    }

    @Transactional
    public Post publish(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Post post = found(id);
        post.publish(clock.instant());
        return saved(post);
    }

    @Transactional
    public Post schedule(UUID id, Instant at, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Post post = found(id);
        post.schedule(at, clock.instant());
        return saved(post);
    }

    @Transactional
    public Post withdraw(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Post post = found(id);
        post.withdraw(clock.instant());
        return saved(post);
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.DELETE);
        posts.delete(found(id));
        revision.changed();
    }

    private Post found(UUID id) {
        return posts.findById(id).orElseThrow(() -> new ItemNotFound("post", id));
    }

    private void refuseTakenSlugs(Post post) {
        post.texts().forEach((language, text) -> {
            if (posts.slugTakenByAnother(language, text.slug(), post.id())) {
                throw new SlugTaken(Language.of(language, "language"), text.slug());
            }
        });
    }

    private Post saved(Post post) {
        Post saved;
        try {
            saved = posts.saveAndFlush(post);
        } catch (DataIntegrityViolationException e) {
            throw SlugTaken.atOnce();
        }
        events.publish(post);
        revision.changed();
        return saved;
    }
}
