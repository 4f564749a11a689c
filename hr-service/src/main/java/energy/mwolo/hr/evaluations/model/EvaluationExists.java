package energy.mwolo.hr.evaluations.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** An employee has one evaluation per period. */
public class EvaluationExists extends DomainException {

    public EvaluationExists() {
        super(ErrorKind.CONFLICT, "hr.evaluation.exists", null);
    }
}
