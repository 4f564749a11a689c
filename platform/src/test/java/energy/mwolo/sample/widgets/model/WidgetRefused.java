package energy.mwolo.sample.widgets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Its kind here, its code from whoever throws it (or from a subclass). */
public class WidgetRefused extends DomainException {

    public WidgetRefused(String code, String field) {
        super(ErrorKind.CONFLICT, code, field);
    }

    public WidgetRefused(String code, int limit) {
        super(ErrorKind.UNPROCESSABLE, code, "count", limit);
    }
}
