package energy.mwolo.billing.runs.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BillingRunEntities extends JpaRepository<BillingRunEntity, UUID> {

    Optional<BillingRunEntity> findByPeriodAndStatus(LocalDate period, String status);

    Page<BillingRunEntity> findByPeriod(LocalDate period, Pageable page);
}
