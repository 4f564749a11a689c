package energy.mwolo.hr.evaluations.persistence;

import energy.mwolo.hr.evaluations.model.Evaluation;
import energy.mwolo.hr.evaluations.model.EvaluationExists;
import energy.mwolo.hr.evaluations.model.EvaluationId;
import energy.mwolo.hr.evaluations.model.EvaluationStatus;
import energy.mwolo.hr.evaluations.model.Evaluations;
import energy.mwolo.hr.evaluations.model.Objective;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Evaluations through JPA. The unique index on (period, employee) decides between two concurrent openings: the
 * second gets the same 409 as a later one.
 */
@Component
class JpaEvaluations implements Evaluations {

    private final EvaluationRows rows;
    @PersistenceContext
    private EntityManager entityManager;

    JpaEvaluations(EvaluationRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Evaluation> lock(EvaluationId id) {
        return rows.lockById(id.value()).map(JpaEvaluations::evaluation);
    }

    @Override
    public Optional<Evaluation> find(EvaluationId id) {
        return rows.findById(id.value()).map(JpaEvaluations::evaluation);
    }

    @Override
    public void add(Evaluation evaluation) {
        if (rows.existsByPeriodIdAndEmployeeId(evaluation.period(), evaluation.employee().value())) {
            throw new EvaluationExists();
        }
        EvaluationEntity entity = new EvaluationEntity(evaluation.id().value(), Instant.now());
        copy(evaluation, entity);
        try {
            entityManager.persist(entity);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new EvaluationExists();
            }
            throw e;
        }
    }

    @Override
    public void update(Evaluation evaluation) {
        copy(evaluation, entityManager.find(EvaluationEntity.class, evaluation.id().value()));
        entityManager.flush();
    }

    @Override
    public List<Evaluation> list(UUID period, EmployeeId employee, EmployeeId visibleTo) {
        return rows.list(period, employee == null ? null : employee.value(),
                visibleTo == null ? null : visibleTo.value()).stream().map(JpaEvaluations::evaluation).toList();
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void copy(Evaluation evaluation, EvaluationEntity entity) {
        entity.periodId = evaluation.period();
        entity.employeeId = evaluation.employee().value();
        entity.reviewerId = evaluation.reviewer().value();
        entity.status = Codes.of(evaluation.status());
        entity.overallScore = evaluation.overallScore();
        entity.reviewerComment = evaluation.reviewerComment();
        entity.employeeComment = evaluation.employeeComment();
        entity.submittedAt = evaluation.submittedAt();
        entity.acknowledgedAt = evaluation.acknowledgedAt();
        entity.objectives.clear();
        evaluation.objectives().forEach(objective -> entity.objectives.add(
                new EvaluationEntity.ObjectiveRow(objective.title(), objective.score(), objective.comment())));
    }

    private static Evaluation evaluation(EvaluationEntity entity) {
        return Evaluation.restore(new EvaluationId(entity.id), entity.periodId, new EmployeeId(entity.employeeId),
                new EmployeeId(entity.reviewerId), Codes.parse(EvaluationStatus.class, entity.status, "status"),
                entity.objectives.stream().map(row -> new Objective(row.title, row.score, row.comment)).toList(),
                entity.overallScore, entity.reviewerComment, entity.employeeComment, entity.submittedAt,
                entity.acknowledgedAt);
    }
}
