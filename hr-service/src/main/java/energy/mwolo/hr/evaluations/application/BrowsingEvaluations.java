package energy.mwolo.hr.evaluations.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.evaluations.model.Evaluation;
import energy.mwolo.hr.evaluations.model.EvaluationId;
import energy.mwolo.hr.evaluations.model.EvaluationPeriod;
import energy.mwolo.hr.evaluations.model.EvaluationPeriods;
import energy.mwolo.hr.evaluations.model.Evaluations;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evaluations as each may see them: HR all, a manager the ones it reviews, an employee its own. */
@Service
@Transactional(readOnly = true)
public class BrowsingEvaluations {

    private final Evaluations evaluations;
    private final EvaluationPeriods periods;
    private final EvaluationAccess access;

    BrowsingEvaluations(Evaluations evaluations, EvaluationPeriods periods, EvaluationAccess access) {
        this.evaluations = evaluations;
        this.periods = periods;
        this.access = access;
    }

    public Evaluation show(EvaluationId id, CurrentUser user) {
        return evaluations.find(id).filter(found -> access.mayRead(user, found))
                .orElseThrow(() -> new EvaluationNotFound(id));
    }

    public List<Evaluation> list(UUID period, EmployeeId employee, CurrentUser user) {
        HrAccess.requireRead(user);
        if (HrAccess.isHrStaff(user)) {
            return evaluations.list(period, employee, null);
        }
        EmployeeId self = HrAccess.self(user);
        return self == null ? List.of() : evaluations.list(period, employee, self);
    }

    public List<EvaluationPeriod> periods(CurrentUser user) {
        HrAccess.requireRead(user);
        return periods.list();
    }
}
