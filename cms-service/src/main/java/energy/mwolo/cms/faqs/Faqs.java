package energy.mwolo.cms.faqs;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every question of the FAQ. */
public interface Faqs extends JpaRepository<Faq, UUID> {

    @Query(value = "select f from Faq f where (f.published = true or :all = true)"
            + " and (:category is null or f.category = :category) order by f.category, f.position",
            countQuery = "select count(f) from Faq f where (f.published = true or :all = true)"
                    + " and (:category is null or f.category = :category)")
    org.springframework.data.domain.Page<Faq> listed(@Param("all") boolean all, @Param("category") String category,
            Pageable pageable);
}
