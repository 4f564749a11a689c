package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.tickets.model.Category;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and shows tickets within the caller's reach; a client sees neither other clients' tickets nor notes. */
@Service
public class BrowsingTickets {

    private static final UUID NOBODY = new UUID(0, 0);

    private final TicketDirectory directory;
    private final TicketAccess access;

    BrowsingTickets(TicketDirectory directory, TicketAccess access) {
        this.directory = directory;
        this.access = access;
    }

    /** The query narrowed to what the caller may read. */
    public TicketQuery scoped(TicketQuery query, CurrentUser user) {
        SupportAccess.requireSomeRead(user);
        if (SupportAccess.isStaff(user)) {
            return query;
        }
        if (SupportAccess.isFieldStaff(user)) {
            UUID agency = user.agencyId() == null ? NOBODY : user.agencyId();
            return new TicketQuery(query.status(), query.category(), query.priority(), query.client(), agency,
                    query.assignee(), query.search(), Set.of(Category.OUTAGE, Category.METER), query.ordering());
        }
        UUID client = user.clientId() == null ? NOBODY : user.clientId();
        return new TicketQuery(query.status(), query.category(), query.priority(), client, query.agency(),
                query.assignee(), query.search(), query.categories(), query.ordering());
    }

    @Transactional(readOnly = true)
    public long count(TicketQuery scoped) {
        return directory.count(scoped);
    }

    @Transactional(readOnly = true)
    public List<Ticket> find(TicketQuery scoped, long offset, int limit) {
        return directory.find(scoped, offset, limit);
    }

    @Transactional(readOnly = true)
    public TicketView show(TicketId id, CurrentUser user) {
        Ticket ticket = access.readable(id, user);
        boolean staff = SupportAccess.isStaff(user);
        return new TicketView(ticket, directory.messagesOf(id, staff), staff ? directory.assignmentsOf(id)
                : List.of());
    }
}
