package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.interventions.model.InterventionNotFound;
import energy.mwolo.operations.interventions.model.InterventionStatus;
import energy.mwolo.operations.interventions.model.InterventionType;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.Ordering;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and shows interventions to staff: every one of them, whoever it is assigned to. */
@Service
@Transactional(readOnly = true)
public class BrowsingInterventions {

    public static final Set<String> ORDERINGS = Set.of("scheduled_date", "created_at", "completed_at");

    private final InterventionDirectory directory;

    BrowsingInterventions(InterventionDirectory directory) {
        this.directory = directory;
    }

    /** @param mine the caller's own work only, whatever {@code filters.technician()} says */
    public InterventionQuery query(InterventionFilters filters, boolean mine, String ordering, CurrentUser user) {
        OperationsAccess.requireStaffRead(user);
        return new InterventionQuery(Codes.parseOrNull(InterventionType.class, filters.type(), "type"),
                Codes.parseOrNull(InterventionStatus.class, filters.status(), "status"), filters.site(),
                filters.equipment(), mine ? user.userId() : filters.technician(), filters.scheduledFrom(),
                filters.scheduledTo(),
                Ordering.parse(ordering, ORDERINGS, Ordering.by("scheduled_date", false)));
    }

    public long count(InterventionQuery query) {
        return directory.count(query);
    }

    public List<InterventionView> find(InterventionQuery query, long offset, int limit) {
        return directory.find(query, offset, limit);
    }

    public InterventionView show(UUID id, CurrentUser user) {
        OperationsAccess.requireStaffRead(user);
        return directory.byId(id).orElseThrow(() -> new InterventionNotFound(id));
    }

    /** The filters of a list as the request gave them. */
    public record InterventionFilters(String type, String status, UUID site, UUID equipment, UUID technician,
                                      LocalDate scheduledFrom, LocalDate scheduledTo) {
    }
}
