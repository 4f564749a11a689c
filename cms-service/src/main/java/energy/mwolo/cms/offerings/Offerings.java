package energy.mwolo.cms.offerings;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every service offered. */
public interface Offerings extends JpaRepository<Offering, UUID> {

    @Query(value = "select o from Offering o where o.active = true or :all = true order by o.position, o.titleFr",
            countQuery = "select count(o) from Offering o where o.active = true or :all = true")
    org.springframework.data.domain.Page<Offering> listed(@Param("all") boolean all, Pageable pageable);
}
