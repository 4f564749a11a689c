package energy.mwolo.crm.sites.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class SiteNotFound extends DomainException {

    public SiteNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "crm.site.not_found", null, id);
    }
}
