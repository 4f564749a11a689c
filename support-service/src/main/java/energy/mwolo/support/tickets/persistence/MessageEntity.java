package energy.mwolo.support.tickets.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code ticket_messages}: written once, never changed. */
@Entity
@Table(name = "ticket_messages")
class MessageEntity {

    @Id
    UUID id;
    @Column(name = "ticket_id")
    UUID ticketId;
    @Column(name = "author_id")
    UUID authorId;
    @Column(name = "author_kind")
    String authorKind;
    String body;
    boolean internal;
    @Column(name = "posted_at")
    Instant postedAt;

    protected MessageEntity() {
    }

    MessageEntity(UUID id, UUID ticketId) {
        this.id = id;
        this.ticketId = ticketId;
    }
}
