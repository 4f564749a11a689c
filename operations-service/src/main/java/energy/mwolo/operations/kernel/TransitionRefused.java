package energy.mwolo.operations.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A status change the state machine does not allow from the current status: a 409. */
public class TransitionRefused extends DomainException {

    public TransitionRefused(Enum<?> from, Enum<?> to) {
        super(ErrorKind.CONFLICT, "operations.transition.refused", "status", Codes.of(from), Codes.of(to));
    }
}
