package energy.mwolo.cms.posts;

import energy.mwolo.cms.posts.model.PostStatus;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/** Every post of the blog. */
public interface Posts extends JpaRepository<Post, UUID> {

    @Query("select p from Post p join p.texts t where key(t) = :language and t.slug = :slug")
    Optional<Post> findBySlug(@Param("language") String language, @Param("slug") String slug);

    @Query("select count(p) > 0 from Post p join p.texts t where key(t) = :language and t.slug = :slug and p.id <> :id")
    boolean slugTakenByAnother(@Param("language") String language, @Param("slug") String slug, @Param("id") UUID id);

    /** Published posts newest first; staff also see drafts and scheduled ones, last changed first. */
    @Query(value = "select p from Post p where p.status = energy.mwolo.cms.posts.model.PostStatus.PUBLISHED or :drafts = true"
            + " order by p.publishedAt desc nulls first, p.updatedAt desc",
            countQuery = "select count(p) from Post p where p.status = energy.mwolo.cms.posts.model.PostStatus.PUBLISHED"
                    + " or :drafts = true")
    org.springframework.data.domain.Page<Post> listed(@Param("drafts") boolean drafts, Pageable pageable);

    /** Scheduled posts whose time has come, locked; rows another replica's job holds are skipped, not awaited. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select p from Post p where p.status = energy.mwolo.cms.posts.model.PostStatus.SCHEDULED and p.scheduledFor <= :now")
    List<Post> due(@Param("now") Instant now, Pageable batch);
}
