package energy.mwolo.cms.jobs;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every application received. */
public interface JobApplications extends JpaRepository<JobApplication, UUID> {

    @Query(value = "select a from JobApplication a where (:offer is null or a.jobOfferId = :offer)"
            + " order by a.submittedAt desc",
            countQuery = "select count(a) from JobApplication a where (:offer is null or a.jobOfferId = :offer)")
    org.springframework.data.domain.Page<JobApplication> received(@Param("offer") UUID offer, Pageable pageable);
}
