package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.interventions.model.Intervention;
import energy.mwolo.operations.kernel.UserId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;

/**
 * Who may change an intervention: whoever holds {@code operations:update} and is its assigned technician, or holds
 * {@code operations:approve} too (supervisors; ADMIN and SUPER_ADMIN have every permission). So a technician (an
 * OPERATIONS user, whose seeded permissions stop at create/read/update/delete) starts, replans and completes only
 * the work assigned to them; an unassigned intervention waits for a supervisor to assign it. Everyone who reads
 * operations sees every intervention.
 */
final class InterventionRules {

    private InterventionRules() {
    }

    static void requireMayChange(Intervention intervention, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        if (!user.can(OperationsAccess.APPROVE) && !intervention.isAssignedTo(UserId.ofNullable(user.userId()))) {
            throw new NotAssigned(intervention);
        }
    }

    static final class NotAssigned extends DomainException {
        NotAssigned(Intervention intervention) {
            super(ErrorKind.FORBIDDEN, "interventions.not_assigned", null, intervention.id().value());
        }
    }
}
