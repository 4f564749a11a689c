package energy.mwolo.hr.evaluations.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The row of an evaluation, its objectives in order as a child collection. */
@Entity
@Table(name = "evaluations")
class EvaluationEntity {

    @Id
    UUID id;
    @Column(name = "period_id")
    UUID periodId;
    @Column(name = "employee_id")
    UUID employeeId;
    @Column(name = "reviewer_id")
    UUID reviewerId;
    String status;
    @Column(name = "overall_score")
    Integer overallScore;
    @Column(name = "reviewer_comment")
    String reviewerComment;
    @Column(name = "employee_comment")
    String employeeComment;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_objectives", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    List<ObjectiveRow> objectives = new ArrayList<>();

    protected EvaluationEntity() {
    }

    EvaluationEntity(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    @Embeddable
    static class ObjectiveRow {

        String title;
        Integer score;
        String comment;

        protected ObjectiveRow() {
        }

        ObjectiveRow(String title, Integer score, String comment) {
            this.title = title;
            this.score = score;
            this.comment = comment;
        }
    }
}
