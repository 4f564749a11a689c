package energy.mwolo.hr.payroll.model;

/** draft (recomputable) -> validated (immutable) -> paid. */
public enum RunStatus {
    DRAFT, VALIDATED, PAID
}
