package energy.mwolo.hr.evaluations.model;

/** draft (the reviewer scores) -> submitted (the employee reads) -> acknowledged (the employee signed, final). */
public enum EvaluationStatus {
    DRAFT, SUBMITTED, ACKNOWLEDGED
}
