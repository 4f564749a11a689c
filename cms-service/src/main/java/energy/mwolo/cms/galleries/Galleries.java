package energy.mwolo.cms.galleries;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every gallery. */
public interface Galleries extends JpaRepository<Gallery, UUID> {

    @Query(value = "select g from Gallery g where g.published = true or :all = true order by g.position, g.titleFr",
            countQuery = "select count(g) from Gallery g where g.published = true or :all = true")
    org.springframework.data.domain.Page<Gallery> listed(@Param("all") boolean all, Pageable pageable);
}
