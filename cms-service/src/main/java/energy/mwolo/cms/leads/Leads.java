package energy.mwolo.cms.leads;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every message of the contact form. */
public interface Leads extends JpaRepository<Lead, UUID> {

    @Query("select l from Lead l order by l.submittedAt desc")
    org.springframework.data.domain.Page<Lead> newestFirst(Pageable pageable);
}
