package energy.mwolo.cms.jobs;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every job offer. */
public interface JobOffers extends JpaRepository<JobOffer, UUID> {

    /** Open offers (published, not closed) for the public; every offer for staff. */
    @Query(value = "select o from JobOffer o where :all = true or (o.published = true and (o.closesOn is null"
            + " or o.closesOn >= :today)) order by o.updatedAt desc",
            countQuery = "select count(o) from JobOffer o where :all = true or (o.published = true and"
                    + " (o.closesOn is null or o.closesOn >= :today))")
    org.springframework.data.domain.Page<JobOffer> listed(@Param("all") boolean all, @Param("today") LocalDate today,
            Pageable pageable);
}
