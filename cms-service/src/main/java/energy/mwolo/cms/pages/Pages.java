package energy.mwolo.cms.pages;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every page of the website. */
public interface Pages extends JpaRepository<Page, UUID> {

    @Query("select p from Page p join p.texts t where key(t) = :language and t.slug = :slug")
    Optional<Page> findBySlug(@Param("language") String language, @Param("slug") String slug);

    @Query("select count(p) > 0 from Page p join p.texts t where key(t) = :language and t.slug = :slug and p.id <> :id")
    boolean slugTakenByAnother(@Param("language") String language, @Param("slug") String slug, @Param("id") UUID id);

    @Query(value = "select p from Page p where p.published = true or :drafts = true order by p.updatedAt desc",
            countQuery = "select count(p) from Page p where p.published = true or :drafts = true")
    org.springframework.data.domain.Page<Page> listed(@Param("drafts") boolean drafts, Pageable pageable);
}
