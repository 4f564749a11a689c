package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Only staff write internal notes. */
public class InternalNoteRefused extends DomainException {

    public InternalNoteRefused() {
        super(ErrorKind.INVALID, "support.message.internal_for_staff", "internal");
    }
}
