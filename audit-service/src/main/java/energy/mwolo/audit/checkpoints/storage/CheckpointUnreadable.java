package energy.mwolo.audit.checkpoints.storage;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A stored checkpoint cannot be read back: the storage outside the database was altered or damaged. */
class CheckpointUnreadable extends DomainException {

    CheckpointUnreadable(long number) {
        super(ErrorKind.CONFLICT, "audit.checkpoint_unreadable", null, number);
    }
}
