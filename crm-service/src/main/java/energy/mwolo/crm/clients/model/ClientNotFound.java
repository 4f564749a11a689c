package energy.mwolo.crm.clients.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class ClientNotFound extends DomainException {

    public ClientNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "crm.client.not_found", null, id);
    }
}
