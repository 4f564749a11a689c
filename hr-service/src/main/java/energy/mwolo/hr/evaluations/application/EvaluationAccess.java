package energy.mwolo.hr.evaluations.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.evaluations.model.Evaluation;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Who sees an evaluation: HR, the employee, its reviewer (the manager). Anyone else is told it does not exist. */
@Component
class EvaluationAccess {

    boolean mayRead(CurrentUser user, Evaluation evaluation) {
        HrAccess.requireRead(user);
        EmployeeId self = HrAccess.self(user);
        return HrAccess.isHrStaff(user) || evaluation.employee().equals(self) || evaluation.reviewer().equals(self);
    }
}
