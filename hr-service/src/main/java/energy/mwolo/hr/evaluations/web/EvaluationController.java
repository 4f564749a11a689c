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

    record PeriodRequest(@Size(max = 100) String name, LocalDate startDate, LocalDate endDate) {
    }

    record PeriodResponse(UUID id, String name, LocalDate startDate, LocalDate endDate) {

        static PeriodResponse from(EvaluationPeriod period) {
            return new PeriodResponse(period.id(), period.name(), period.startDate(), period.endDate());
        }
    }

    record OpenRequest(UUID period, UUID employee, @Size(max = 20) List<@Size(max = 200) String> objectives) {
    }

    record ObjectiveBody(@Size(max = 200) String title, Integer score, @Size(max = 2000) String comment) {
    }

    record ScoreRequest(@Size(max = 20) List<@Valid ObjectiveBody> objectives, Integer overallScore,
                        @Size(max = 4000) String reviewerComment) {
    }

    record AcknowledgeRequest(@Size(max = 4000) String comment) {
    }

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
