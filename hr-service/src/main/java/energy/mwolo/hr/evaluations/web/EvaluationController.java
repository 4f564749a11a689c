package energy.mwolo.hr.evaluations.web;

import energy.mwolo.hr.evaluations.application.BrowsingEvaluations;
import energy.mwolo.hr.evaluations.application.EvaluatingEmployees;
import energy.mwolo.hr.evaluations.application.OpeningPeriods;
import energy.mwolo.hr.evaluations.model.Evaluation;
import energy.mwolo.hr.evaluations.model.EvaluationId;
import energy.mwolo.hr.evaluations.model.EvaluationPeriod;
import energy.mwolo.hr.evaluations.model.Objective;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Review periods and evaluations. */
@RestController
@RequestMapping("/api/hr")
class EvaluationController {

    private final OpeningPeriods periods;
    private final EvaluatingEmployees evaluating;
    private final BrowsingEvaluations browsing;

    EvaluationController(OpeningPeriods periods, EvaluatingEmployees evaluating, BrowsingEvaluations browsing) {
        this.periods = periods;
        this.evaluating = evaluating;
        this.browsing = browsing;
    }

    /**
     * A review period to open, such as a year or a half-year.
     *
     * @param name the period's name, e.g. {@code 2026}, up to 100 characters, unique among periods; required
     * @param startDate the period's first day, ISO {@code yyyy-MM-dd}; required
     * @param endDate the period's last day, ISO {@code yyyy-MM-dd}, not before {@code start_date}; required
     */
    record PeriodRequest(@Size(max = 100) String name, LocalDate startDate, LocalDate endDate) {
    }

    /**
     * A review period; lists show the latest start first.
     *
     * @param id the period's id
     * @param name the period's name, unique among periods
     * @param startDate the period's first day, ISO {@code yyyy-MM-dd}
     * @param endDate the period's last day, ISO {@code yyyy-MM-dd}
     */
    record PeriodResponse(UUID id, String name, LocalDate startDate, LocalDate endDate) {

        static PeriodResponse from(EvaluationPeriod period) {
            return new PeriodResponse(period.id(), period.name(), period.startDate(), period.endDate());
        }
    }

    /**
     * An employee's review to open for a period, as a draft. Its reviewer is the employee's manager at this moment;
     * one review per employee and period.
     *
     * @param period the review period; required
     * @param employee the employee reviewed; required. It must not have left and must have a manager; the caller is
     *                 HR or that manager
     * @param objectives the objectives' titles, 1 to 20, each up to 200 characters; required
     */
    record OpenRequest(UUID period, UUID employee, @Size(max = 20) List<@Size(max = 200) String> objectives) {
    }

    /**
     * One objective of a review, with its score once the reviewer gave one.
     *
     * @param title what the objective is, up to 200 characters; required
     * @param score a whole score from 1 to 5; null while not scored
     * @param comment the reviewer's comment on the objective, up to 2000 characters; null when none
     */
    record ObjectiveBody(@Size(max = 200) String title, Integer score, @Size(max = 2000) String comment) {
    }

    /**
     * The reviewer's scores on a draft review, which they replace; they may be saved in several goes. Submitting
     * needs every objective and the overall score scored.
     *
     * @param objectives the review's objectives, all of them in order, 1 to 20, replacing the previous ones;
     *                   required
     * @param overallScore the overall score, a whole number from 1 to 5; null while not scored
     * @param reviewerComment the reviewer's comment on the whole review, up to 4000 characters; null for none
     */
    record ScoreRequest(@Size(max = 20) List<@Valid ObjectiveBody> objectives, Integer overallScore,
                        @Size(max = 4000) String reviewerComment) {
    }

    /**
     * The employee's acknowledgement that it read its submitted review; the whole body may be left out.
     *
     * @param comment the employee's comment, which may disagree, up to 4000 characters; optional
     */
    record AcknowledgeRequest(@Size(max = 4000) String comment) {
    }

    /**
     * An employee's review for one period: opened as a draft, scored and submitted by the reviewer, then
     * acknowledged by the employee. Lists show the newest first.
     *
     * @param id the review's id
     * @param period the review period
     * @param employee the employee reviewed
     * @param reviewer the employee who reviews: the reviewed employee's manager when the review was opened
     * @param status {@code draft} (the reviewer scores), {@code submitted} (the employee reads, scores are frozen)
     *               or {@code acknowledged} (final)
     * @param objectives the objectives in order, with their scores and comments
     * @param overallScore the overall score from 1 to 5; null while not scored
     * @param reviewerComment the reviewer's comment on the whole review; null when none
     * @param employeeComment the employee's comment given on acknowledging; null when none
     * @param submittedAt when the reviewer submitted it, ISO-8601 UTC instant; null while a draft
     * @param acknowledgedAt when the employee acknowledged it, ISO-8601 UTC instant; null until then
     */
    record EvaluationResponse(UUID id, UUID period, UUID employee, UUID reviewer, String status,
                              List<ObjectiveBody> objectives, Integer overallScore, String reviewerComment,
                              String employeeComment, Instant submittedAt, Instant acknowledgedAt) {

        static EvaluationResponse from(Evaluation evaluation) {
            return new EvaluationResponse(evaluation.id().value(), evaluation.period(),
                    evaluation.employee().value(), evaluation.reviewer().value(), Codes.of(evaluation.status()),
                    evaluation.objectives().stream().map(objective -> new ObjectiveBody(objective.title(),
                            objective.score(), objective.comment())).toList(),
                    evaluation.overallScore(), evaluation.reviewerComment(), evaluation.employeeComment(),
                    evaluation.submittedAt(), evaluation.acknowledgedAt());
        }
    }

    @Operation(summary = "Ouvrir une période d'évaluation")
    @PostMapping({"/evaluation-periods", "/evaluation-periods/"})
    @Idempotent(required = true)
    @ResponseStatus(HttpStatus.CREATED)
    PeriodResponse openPeriod(@RequestBody @Valid PeriodRequest request, CurrentUser user) {
        return PeriodResponse.from(periods.open(request.name(), request.startDate(), request.endDate(), user));
    }

    @Operation(summary = "Lister les périodes d'évaluation")
    @GetMapping({"/evaluation-periods", "/evaluation-periods/"})
    List<PeriodResponse> periods(CurrentUser user) {
        return browsing.periods(user).stream().map(PeriodResponse::from).toList();
    }

    @Operation(summary = "Ouvrir l'évaluation d'un employé")
    @PostMapping({"/evaluations", "/evaluations/"})
    @Idempotent(required = true)
    @ResponseStatus(HttpStatus.CREATED)
    EvaluationResponse open(@RequestBody @Valid OpenRequest request, CurrentUser user) {
        return EvaluationResponse.from(evaluating.open(request.period(), EmployeeId.ofNullable(request.employee()),
                request.objectives(), user));
    }

    @Operation(summary = "Lister les évaluations")
    @GetMapping({"/evaluations", "/evaluations/"})
    List<EvaluationResponse> list(@RequestParam(required = false) UUID period,
                                  @RequestParam(required = false) UUID employee, CurrentUser user) {
        return browsing.list(period, EmployeeId.ofNullable(employee), user).stream()
                .map(EvaluationResponse::from).toList();
    }

    @Operation(summary = "Consulter une évaluation")
    @GetMapping({"/evaluations/{id}", "/evaluations/{id}/"})
    EvaluationResponse show(@PathVariable UUID id, CurrentUser user) {
        return EvaluationResponse.from(browsing.show(new EvaluationId(id), user));
    }

    @Operation(summary = "Noter les critères d'une évaluation")
    @PutMapping({"/evaluations/{id}/scores", "/evaluations/{id}/scores/"})
    EvaluationResponse score(@PathVariable UUID id, @RequestBody @Valid ScoreRequest request, CurrentUser user) {
        List<Objective> objectives = request.objectives() == null ? List.of() : request.objectives().stream()
                .map(body -> new Objective(body.title(), body.score(), body.comment())).toList();
        return EvaluationResponse.from(evaluating.score(new EvaluationId(id), objectives, request.overallScore(),
                request.reviewerComment(), user));
    }

    @Operation(summary = "Soumettre une évaluation à l'employé")
    @PostMapping({"/evaluations/{id}/submit", "/evaluations/{id}/submit/"})
    @Idempotent
    EvaluationResponse submit(@PathVariable UUID id, CurrentUser user) {
        return EvaluationResponse.from(evaluating.submit(new EvaluationId(id), user));
    }

    @Operation(summary = "Prendre connaissance de son évaluation")
    @PostMapping({"/evaluations/{id}/acknowledge", "/evaluations/{id}/acknowledge/"})
    @Idempotent
    EvaluationResponse acknowledge(@PathVariable UUID id, @RequestBody(required = false) AcknowledgeRequest request,
                                   CurrentUser user) {
        return EvaluationResponse.from(evaluating.acknowledge(new EvaluationId(id),
                request == null ? null : request.comment(), user));
    }
}
