package energy.mwolo.support.tickets.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TicketRows extends JpaRepository<TicketEntity, UUID>, JpaSpecificationExecutor<TicketEntity> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TicketEntity t where t.id = :id")
    Optional<TicketEntity> lockById(UUID id);

    @Query(value = "select nextval('ticket_numbers')", nativeQuery = true)
    long nextSequence();

    @Query("""
            select t.id from TicketEntity t
            where t.clientId = :client and t.category = 'connection'
              and t.status in ('open', 'in_progress', 'waiting_customer')
            order by t.openedAt""")
    List<UUID> activeConnectionTicketsOf(UUID client);

    @Query("""
            select t.id from TicketEntity t
            where t.status in ('open', 'in_progress') and t.slaPausedAt is null
              and ((t.firstRespondedAt is null and t.firstResponseDue < :horizon and t.firstResponseBreached = false)
                or (t.resolutionDue < :horizon and t.resolutionBreached = false))
            order by t.openedAt""")
    List<UUID> withDeadlineBefore(Instant horizon, Pageable page);
}
