package energy.mwolo.crm.interactions;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

class InteractionNotFound extends DomainException {

    InteractionNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "crm.interaction.not_found", null, id);
    }
}
