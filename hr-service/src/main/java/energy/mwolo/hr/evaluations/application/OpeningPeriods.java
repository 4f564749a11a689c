package energy.mwolo.hr.evaluations.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.evaluations.model.EvaluationPeriod;
import energy.mwolo.hr.evaluations.model.EvaluationPeriods;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR opens review periods. */
@Service
public class OpeningPeriods {

    private final EvaluationPeriods periods;

    OpeningPeriods(EvaluationPeriods periods) {
        this.periods = periods;
    }

    @Transactional
    public EvaluationPeriod open(String name, LocalDate start, LocalDate end, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        EvaluationPeriod period = EvaluationPeriod.open(name, start, end);
        periods.add(period);
        return period;
    }
}
