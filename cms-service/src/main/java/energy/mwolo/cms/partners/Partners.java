package energy.mwolo.cms.partners;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every partner. */
public interface Partners extends JpaRepository<Partner, UUID> {

    @Query(value = "select p from Partner p where p.active = true or :all = true order by p.position, p.name",
            countQuery = "select count(p) from Partner p where p.active = true or :all = true")
    org.springframework.data.domain.Page<Partner> listed(@Param("all") boolean all, Pageable pageable);
}
