package energy.mwolo.support.tickets.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageRows extends JpaRepository<MessageEntity, UUID> {

    List<MessageEntity> findByTicketIdOrderByPostedAtAscIdAsc(UUID ticketId);

    List<MessageEntity> findByTicketIdAndInternalFalseOrderByPostedAtAscIdAsc(UUID ticketId);
}
