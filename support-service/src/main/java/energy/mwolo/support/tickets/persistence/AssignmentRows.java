package energy.mwolo.support.tickets.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRows extends JpaRepository<AssignmentEntity, UUID> {

    List<AssignmentEntity> findByTicketIdOrderByAssignedAtAscIdAsc(UUID ticketId);
}
