package energy.mwolo.hr.evaluations.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.evaluations.model.Evaluation;
import energy.mwolo.hr.evaluations.model.EvaluationId;
import energy.mwolo.hr.evaluations.model.EvaluationPeriods;
import energy.mwolo.hr.evaluations.model.EvaluationRefused;
import energy.mwolo.hr.evaluations.model.Evaluations;
import energy.mwolo.hr.evaluations.model.Objective;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review's steps. HR or the employee's manager opens it, with the manager as reviewer; the reviewer scores and
 * submits; the employee acknowledges. Each step locks the evaluation, so two steps racing apply one after the other.
 */
@Service
public class EvaluatingEmployees {

    private final Evaluations evaluations;
    private final EvaluationPeriods periods;
    private final StaffDirectory staff;
    private final EvaluationAccess access;
    private final Clock clock;

    EvaluatingEmployees(Evaluations evaluations, EvaluationPeriods periods, StaffDirectory staff,
                        EvaluationAccess access, Clock clock) {
        this.evaluations = evaluations;
        this.periods = periods;
        this.staff = staff;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Evaluation open(UUID period, EmployeeId employee, List<String> objectives, CurrentUser user) {
        user.require(HrAccess.CREATE);
        if (period == null) {
            throw InvalidField.required("period");
        }
        if (employee == null) {
            throw InvalidField.required("employee");
        }
        periods.find(period).orElseThrow(() -> new InvalidField("period", "hr.evaluation.period_unknown", period));
        StaffMember member = staff.find(employee).filter(found -> !found.left())
                .orElseThrow(() -> new InvalidField("employee", "hr.employee.not_found", employee));
        if (!HrAccess.isHrStaff(user) && !HrAccess.isManagerOf(user, member)) {
            throw new EvaluationRefused(ErrorKind.FORBIDDEN, "hr.evaluation.not_the_manager");
        }
        if (member.manager() == null) {
            throw new EvaluationRefused(ErrorKind.UNPROCESSABLE, "hr.evaluation.no_manager");
        }
        Evaluation evaluation = Evaluation.open(period, employee, member.manager(), objectives);
        evaluations.add(evaluation);
        return evaluation;
    }

    @Transactional
    public Evaluation score(EvaluationId id, List<Objective> objectives, Integer overall, String comment,
                            CurrentUser user) {
        Evaluation evaluation = locked(id, user);
        evaluation.score(HrAccess.self(user), objectives, overall, comment);
        evaluations.update(evaluation);
        return evaluation;
    }

    @Transactional
    public Evaluation submit(EvaluationId id, CurrentUser user) {
        Evaluation evaluation = locked(id, user);
        evaluation.submit(HrAccess.self(user), clock.instant());
        evaluations.update(evaluation);
        return evaluation;
    }

    @Transactional
    public Evaluation acknowledge(EvaluationId id, String comment, CurrentUser user) {
        Evaluation evaluation = locked(id, user);
        evaluation.acknowledge(HrAccess.self(user), comment, clock.instant());
        evaluations.update(evaluation);
        return evaluation;
    }

    private Evaluation locked(EvaluationId id, CurrentUser user) {
        user.require(HrAccess.CREATE);
        return evaluations.lock(id).filter(found -> access.mayRead(user, found))
                .orElseThrow(() -> new EvaluationNotFound(id));
    }
}
