package energy.mwolo.crm.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A status change the state machine does not allow from the current status: a 409. */
public class TransitionRefused extends DomainException {

    public TransitionRefused(String from, String to) {
        super(ErrorKind.CONFLICT, "crm.transition.refused", "status", from, to);
    }
}
