package energy.mwolo.crm.clients.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class ClientClosed extends DomainException {

    public ClientClosed(UUID id) {
        super(ErrorKind.CONFLICT, "crm.client.closed", null, id);
    }
}
