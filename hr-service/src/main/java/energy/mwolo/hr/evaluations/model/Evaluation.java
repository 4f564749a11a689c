package energy.mwolo.hr.evaluations.model;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An employee's review for one period. The reviewer is the employee's manager when the review opens; only it scores
 * and submits, only the employee acknowledges (with a comment if it wishes). Once submitted the scores change no
 * more; once acknowledged nothing does.
 */
public final class Evaluation {

    public static final int MAX_OBJECTIVES = 20;

    private final EvaluationId id;
    private final UUID period;
    private final EmployeeId employee;
    private final EmployeeId reviewer;
    private EvaluationStatus status;
    private List<Objective> objectives;
    private Integer overallScore;
    private String reviewerComment;
    private String employeeComment;
    private Instant submittedAt;
    private Instant acknowledgedAt;

    private Evaluation(EvaluationId id, UUID period, EmployeeId employee, EmployeeId reviewer,
                       EvaluationStatus status, List<Objective> objectives, Integer overallScore,
                       String reviewerComment, String employeeComment, Instant submittedAt, Instant acknowledgedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.period = Objects.requireNonNull(period, "period");
        this.employee = Objects.requireNonNull(employee, "employee");
        this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
        this.status = Objects.requireNonNull(status, "status");
        this.objectives = List.copyOf(objectives);
        this.overallScore = overallScore;
        this.reviewerComment = reviewerComment;
        this.employeeComment = employeeComment;
        this.submittedAt = submittedAt;
        this.acknowledgedAt = acknowledgedAt;
    }

    /** A draft review of {@code employee} by its manager {@code reviewer}, with the objectives' titles. */
    public static Evaluation open(UUID period, EmployeeId employee, EmployeeId reviewer, List<String> titles) {
        if (employee.equals(reviewer)) {
            throw new EvaluationRefused(ErrorKind.UNPROCESSABLE, "hr.evaluation.own_review");
        }
        List<Objective> objectives = (titles == null ? List.<String>of() : titles).stream()
                .map(Objective::unscored).toList();
        return new Evaluation(EvaluationId.newId(), period, employee, reviewer, EvaluationStatus.DRAFT,
                requireObjectives(objectives), null, null, null, null, null);
    }

    public static Evaluation restore(EvaluationId id, UUID period, EmployeeId employee, EmployeeId reviewer,
                                     EvaluationStatus status, List<Objective> objectives, Integer overallScore,
                                     String reviewerComment, String employeeComment, Instant submittedAt,
                                     Instant acknowledgedAt) {
        return new Evaluation(id, period, employee, reviewer, status, objectives, overallScore, reviewerComment,
                employeeComment, submittedAt, acknowledgedAt);
    }

    /** The reviewer records (or revises) objectives, their scores and the overall score while the draft is open. */
    public void score(EmployeeId by, List<Objective> scored, Integer overall, String comment) {
        requireReviewer(by);
        requireStatus(EvaluationStatus.DRAFT, "score");
        Objective.requireScore(overall, "overall_score");
        objectives = requireObjectives(scored == null ? List.of() : List.copyOf(scored));
        overallScore = overall;
        reviewerComment = comment;
    }

    /** @throws EvaluationRefused ({@code hr.evaluation.incomplete}, 422) while an objective or the overall is unscored */
    public void submit(EmployeeId by, Instant at) {
        requireReviewer(by);
        requireStatus(EvaluationStatus.DRAFT, "submit");
        long unscored = objectives.stream().filter(objective -> !objective.scored()).count();
        if (unscored > 0 || overallScore == null) {
            throw new EvaluationRefused(ErrorKind.UNPROCESSABLE, "hr.evaluation.incomplete", unscored);
        }
        status = EvaluationStatus.SUBMITTED;
        submittedAt = at;
    }

    /** The employee signs that it read the review, with its comment (which may disagree). */
    public void acknowledge(EmployeeId by, String comment, Instant at) {
        if (!employee.equals(by)) {
            throw new EvaluationRefused(ErrorKind.FORBIDDEN, "hr.evaluation.not_the_employee");
        }
        requireStatus(EvaluationStatus.SUBMITTED, "acknowledge");
        status = EvaluationStatus.ACKNOWLEDGED;
        employeeComment = comment;
        acknowledgedAt = at;
    }

    private void requireReviewer(EmployeeId by) {
        if (!reviewer.equals(by)) {
            throw new EvaluationRefused(ErrorKind.FORBIDDEN, "hr.evaluation.not_the_reviewer");
        }
    }

    private void requireStatus(EvaluationStatus expected, String step) {
        if (status != expected) {
            throw EvaluationRefused.transition(status, step);
        }
    }

    private static List<Objective> requireObjectives(List<Objective> objectives) {
        if (objectives.isEmpty() || objectives.size() > MAX_OBJECTIVES) {
            throw new InvalidField("objectives", "hr.evaluation.objectives_count", objectives.size(),
                    MAX_OBJECTIVES);
        }
        return objectives;
    }

    public EvaluationId id() {
        return id;
    }

    public UUID period() {
        return period;
    }

    public EmployeeId employee() {
        return employee;
    }

    public EmployeeId reviewer() {
        return reviewer;
    }

    public EvaluationStatus status() {
        return status;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public Integer overallScore() {
        return overallScore;
    }

    public String reviewerComment() {
        return reviewerComment;
    }

    public String employeeComment() {
        return employeeComment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
