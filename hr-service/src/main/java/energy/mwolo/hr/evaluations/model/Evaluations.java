package energy.mwolo.hr.evaluations.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every evaluation; one per employee and period. */
public interface Evaluations {

    /** Locks the evaluation until the transaction ends. */
    Optional<Evaluation> lock(EvaluationId id);

    Optional<Evaluation> find(EvaluationId id);

    /** @throws EvaluationExists when the employee already has one for the period */
    void add(Evaluation evaluation);

    void update(Evaluation evaluation);

    /**
     * Newest first, filtered by what is not null; {@code visibleTo} non-null keeps only the evaluations of that
     * employee or reviewed by it.
     */
    List<Evaluation> list(UUID period, EmployeeId employee, EmployeeId visibleTo);
}
