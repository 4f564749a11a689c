package energy.mwolo.support.tickets.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code tickets}; the model's {@code Ticket} is built from it and copied back into it. */
@Entity
@Table(name = "tickets")
class TicketEntity {

    @Id
    UUID id;
    String number;
    @Column(name = "client_id")
    UUID clientId;
    @Column(name = "site_id")
    UUID siteId;
    @Column(name = "agency_id")
    UUID agencyId;
    String category;
    String priority;
    @Column(name = "priority_rank")
    int priorityRank;
    String subject;
    String description;
    @Column(name = "invoice_id")
    UUID invoiceId;
    @Column(name = "meter_id")
    UUID meterId;
    String status;
    @Column(name = "opened_by")
    UUID openedBy;
    @Column(name = "opened_at")
    Instant openedAt;
    @Column(name = "assignee_id")
    UUID assigneeId;
    @Column(name = "team_agency_id")
    UUID teamAgencyId;
    @Column(name = "first_response_due")
    Instant firstResponseDue;
    @Column(name = "first_responded_at")
    Instant firstRespondedAt;
    @Column(name = "resolution_due")
    Instant resolutionDue;
    @Column(name = "sla_paused_at")
    Instant slaPausedAt;
    @Column(name = "first_response_warned")
    boolean firstResponseWarned;
    @Column(name = "resolution_warned")
    boolean resolutionWarned;
    @Column(name = "first_response_breached")
    boolean firstResponseBreached;
    @Column(name = "resolution_breached")
    boolean resolutionBreached;
    @Column(name = "resolved_at")
    Instant resolvedAt;
    @Column(name = "closed_at")
    Instant closedAt;
    @Version
    long version;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected TicketEntity() {
    }

    TicketEntity(UUID id) {
        this.id = id;
    }
}
