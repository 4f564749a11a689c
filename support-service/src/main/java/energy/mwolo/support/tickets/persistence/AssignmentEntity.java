package energy.mwolo.support.tickets.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code ticket_assignments}: one per assignment, the history of who held the ticket. */
@Entity
@Table(name = "ticket_assignments")
class AssignmentEntity {

    @Id
    UUID id;
    @Column(name = "ticket_id")
    UUID ticketId;
    @Column(name = "assignee_id")
    UUID assigneeId;
    @Column(name = "team_agency_id")
    UUID teamAgencyId;
    boolean automatic;
    @Column(name = "assigned_by")
    UUID assignedBy;
    @Column(name = "assigned_at")
    Instant assignedAt;

    protected AssignmentEntity() {
    }

    AssignmentEntity(UUID id, UUID ticketId) {
        this.id = id;
        this.ticketId = ticketId;
    }
}
