package energy.mwolo.support.tickets.persistence;

import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.support.kernel.Codes;
import energy.mwolo.support.tickets.application.TicketDirectory;
import energy.mwolo.support.tickets.application.TicketQuery;
import energy.mwolo.support.tickets.model.Assignment;
import energy.mwolo.support.tickets.model.AuthorKind;
import energy.mwolo.support.tickets.model.Category;
import energy.mwolo.support.tickets.model.Priority;
import energy.mwolo.support.tickets.model.SlaFlags;
import energy.mwolo.support.tickets.model.SlaState;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketFacts;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketMessage;
import energy.mwolo.support.tickets.model.TicketStatus;
import energy.mwolo.support.tickets.model.Tickets;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Tickets through JPA. Writes are flushed at once, so that a refused row fails inside the use case. A change of
 * holder adds a row to the assignment history.
 */
@Component
class JpaTickets implements Tickets, TicketDirectory {

    private final TicketRows rows;
    private final MessageRows messages;
    private final AssignmentRows assignments;
    @PersistenceContext
    private EntityManager entityManager;

    JpaTickets(TicketRows rows, MessageRows messages, AssignmentRows assignments) {
        this.rows = rows;
        this.messages = messages;
        this.assignments = assignments;
    }

    @Override
    public long nextSequence() {
        return rows.nextSequence();
    }

    @Override
    public Optional<Ticket> lock(TicketId id) {
        return rows.lockById(id.value()).map(JpaTickets::ticket);
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        return rows.findById(id.value()).map(JpaTickets::ticket);
    }

    @Override
    public List<TicketId> activeConnectionTicketsOf(UUID client) {
        return rows.activeConnectionTicketsOf(client).stream().map(TicketId::new).toList();
    }

    @Override
    public List<TicketId> withDeadlineBefore(Instant horizon, int limit) {
        return rows.withDeadlineBefore(horizon, PageRequest.of(0, limit)).stream().map(TicketId::new).toList();
    }

    @Override
    public void add(Ticket ticket) {
        TicketEntity entity = new TicketEntity(ticket.id().value());
        entity.number = ticket.number();
        entity.openedBy = ticket.openedBy();
        entity.openedAt = ticket.openedAt();
        TicketFacts facts = ticket.facts();
        entity.clientId = facts.client();
        entity.siteId = facts.site();
        entity.agencyId = facts.agency();
        entity.category = Codes.of(facts.category());
        entity.subject = facts.subject();
        entity.description = facts.description();
        entity.invoiceId = facts.invoice();
        entity.meterId = facts.meter();
        copy(ticket, entity);
        entityManager.persist(entity);
        store(ticket, entity);
        entityManager.flush();
    }

    @Override
    public void update(Ticket ticket) {
        TicketEntity entity = entityManager.find(TicketEntity.class, ticket.id().value());
        UUID agent = entity.assigneeId;
        UUID team = entity.teamAgencyId;
        copy(ticket, entity);
        entity.assigneeId = agent;
        entity.teamAgencyId = team;
        store(ticket, entity);
        entityManager.flush();
    }

    /** New messages, and the assignment when it changed (the entity still holds the previous one). */
    private void store(Ticket ticket, TicketEntity entity) {
        for (TicketMessage message : ticket.pullNewMessages()) {
            MessageEntity row = new MessageEntity(message.id(), ticket.id().value());
            row.authorId = message.author();
            row.authorKind = Codes.of(message.authorKind());
            row.body = message.body();
            row.internal = message.internal();
            row.postedAt = message.postedAt();
            entityManager.persist(row);
        }
        Assignment assignment = ticket.assignment();
        if (assignment != null && (!Objects.equals(assignment.agent(), entity.assigneeId)
                || !Objects.equals(assignment.team(), entity.teamAgencyId))) {
            AssignmentEntity row = new AssignmentEntity(Uuids.timeOrdered(), ticket.id().value());
            row.assigneeId = assignment.agent();
            row.teamAgencyId = assignment.team();
            row.automatic = assignment.automatic();
            row.assignedBy = assignment.by();
            row.assignedAt = assignment.at();
            entityManager.persist(row);
            entity.assigneeId = assignment.agent();
            entity.teamAgencyId = assignment.team();
        }
    }

    @Override
    public long count(TicketQuery query) {
        return rows.count(matching(query));
    }

    @Override
    public List<Ticket> find(TicketQuery query, long offset, int limit) {
        // the API's pages all have the caller's page size, so the offset is a whole number of pages
        PageRequest page = PageRequest.of((int) (offset / limit), limit, order(query.ordering()));
        return rows.findAll(matching(query), page).stream().map(JpaTickets::ticket).toList();
    }

    @Override
    public List<TicketMessage> messagesOf(TicketId id, boolean withInternalNotes) {
        List<MessageEntity> found = withInternalNotes
                ? messages.findByTicketIdOrderByPostedAtAscIdAsc(id.value())
                : messages.findByTicketIdAndInternalFalseOrderByPostedAtAscIdAsc(id.value());
        return found.stream().map(row -> new TicketMessage(row.id, row.authorId,
                Codes.parse(AuthorKind.class, row.authorKind, "author_kind"), row.body, row.internal, row.postedAt))
                .toList();
    }

    @Override
    public List<Assignment> assignmentsOf(TicketId id) {
        return assignments.findByTicketIdOrderByAssignedAtAscIdAsc(id.value()).stream()
                .map(row -> new Assignment(row.assigneeId, row.teamAgencyId, row.automatic, row.assignedBy,
                        row.assignedAt))
                .toList();
    }

    private static Sort order(TicketQuery.Ordering ordering) {
        if (ordering == TicketQuery.Ordering.NEWEST) {
            return Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("id"));
        }
        if (ordering == TicketQuery.Ordering.OLDEST) {
            return Sort.by(Sort.Order.asc("openedAt"), Sort.Order.asc("id"));
        }
        return Sort.by(Sort.Order.desc("priorityRank"), Sort.Order.asc("openedAt"), Sort.Order.asc("id"));
    }

    private static Specification<TicketEntity> matching(TicketQuery query) {
        Specification<TicketEntity> spec = Specification.unrestricted();
        if (query.status() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), Codes.of(query.status())));
        }
        if (query.category() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("category"), Codes.of(query.category())));
        }
        if (query.priority() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("priority"), Codes.of(query.priority())));
        }
        if (query.client() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("clientId"), query.client()));
        }
        if (query.agency() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("agencyId"), query.agency()));
        }
        if (query.assignee() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("assigneeId"), query.assignee()));
        }
        if (query.categories() != null && !query.categories().isEmpty()) {
            List<String> codes = query.categories().stream().map(Codes::of).toList();
            spec = spec.and((root, q, cb) -> root.get("category").in(codes));
        }
        if (query.search() != null && !query.search().isBlank()) {
            String like = "%" + query.search().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("subject")), like, '\\'),
                    cb.like(cb.lower(root.get("number")), like, '\\')));
        }
        return spec;
    }

    private static void copy(Ticket ticket, TicketEntity entity) {
        entity.priority = Codes.of(ticket.priority());
        entity.priorityRank = ticket.priority().rank();
        entity.status = Codes.of(ticket.status());
        SlaState sla = ticket.sla();
        entity.firstResponseDue = sla.firstResponseDue();
        entity.firstRespondedAt = sla.firstRespondedAt();
        entity.resolutionDue = sla.resolutionDue();
        entity.slaPausedAt = sla.pausedAt();
        entity.firstResponseWarned = sla.flags().firstResponseWarned();
        entity.resolutionWarned = sla.flags().resolutionWarned();
        entity.firstResponseBreached = sla.flags().firstResponseBreached();
        entity.resolutionBreached = sla.flags().resolutionBreached();
        entity.resolvedAt = ticket.resolvedAt();
        entity.closedAt = ticket.closedAt();
        entity.updatedAt = Instant.now();
    }

    private static Ticket ticket(TicketEntity entity) {
        TicketFacts facts = new TicketFacts(entity.clientId, entity.siteId, entity.agencyId,
                Codes.parse(Category.class, entity.category, "category"), entity.subject, entity.description,
                entity.invoiceId, entity.meterId);
        Assignment assignment = entity.assigneeId == null && entity.teamAgencyId == null ? null
                : new Assignment(entity.assigneeId, entity.teamAgencyId, false, null, entity.updatedAt);
        SlaState sla = new SlaState(entity.firstResponseDue, entity.firstRespondedAt, entity.resolutionDue,
                entity.slaPausedAt, new SlaFlags(entity.firstResponseWarned, entity.resolutionWarned,
                entity.firstResponseBreached, entity.resolutionBreached));
        return Ticket.restore(new TicketId(entity.id), entity.number, facts, entity.openedBy, entity.openedAt,
                Codes.parse(Priority.class, entity.priority, "priority"),
                Codes.parse(TicketStatus.class, entity.status, "status"), assignment, sla, entity.resolvedAt,
                entity.closedAt);
    }
}
