package energy.mwolo.hr.leave.model;

/** draft -> submitted -> approved | rejected; draft, submitted or approved -> cancelled. */
public enum LeaveStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CANCELLED
}
