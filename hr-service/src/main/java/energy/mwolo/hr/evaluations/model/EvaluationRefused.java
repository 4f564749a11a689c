package energy.mwolo.hr.evaluations.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.Locale;

/** A step the evaluation's state or the caller's part in it does not allow. */
public class EvaluationRefused extends DomainException {

    public EvaluationRefused(ErrorKind kind, String code, Object... args) {
        super(kind, code, null, args);
    }

    static EvaluationRefused transition(EvaluationStatus from, String step) {
        return new EvaluationRefused(ErrorKind.CONFLICT, "hr.evaluation.transition_refused",
                from.name().toLowerCase(Locale.ROOT), step);
    }
}
