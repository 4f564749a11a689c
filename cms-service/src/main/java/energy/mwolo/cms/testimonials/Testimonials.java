package energy.mwolo.cms.testimonials;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every testimonial sent. */
public interface Testimonials extends JpaRepository<Testimonial, UUID> {

    @Query(value = "select t from Testimonial t where t.status = :status order by t.decidedAt desc nulls last,"
            + " t.submittedAt desc",
            countQuery = "select count(t) from Testimonial t where t.status = :status")
    org.springframework.data.domain.Page<Testimonial> withStatus(@Param("status") String status, Pageable pageable);
}
