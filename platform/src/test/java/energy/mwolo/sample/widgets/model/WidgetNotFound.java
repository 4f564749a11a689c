package energy.mwolo.sample.widgets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** Its kind and code in its own constructor. */
public class WidgetNotFound extends DomainException {

    public WidgetNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "widgets.not_found", null, id);
    }
}
