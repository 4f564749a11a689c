package energy.mwolo.hr.evaluations.application;

import energy.mwolo.hr.evaluations.model.EvaluationId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Unknown, or not the caller's to see (a 404 either way: its existence is nobody else's business). */
class EvaluationNotFound extends DomainException {

    EvaluationNotFound(EvaluationId id) {
        super(ErrorKind.NOT_FOUND, "hr.evaluation.not_found", null, id);
    }
}
