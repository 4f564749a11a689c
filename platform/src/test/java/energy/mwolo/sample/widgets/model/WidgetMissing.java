package energy.mwolo.sample.widgets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Its code here, its kind from whoever throws it; and a problem whose kind and code both come from its factory. */
public class WidgetMissing extends DomainException {

    public WidgetMissing(ErrorKind kind, String id) {
        super(kind, "widgets.missing", null, id);
    }

    private WidgetMissing(ErrorKind kind, String code, String id) {
        super(kind, code, null, id);
    }

    public static WidgetMissing retired(String id) {
        return new WidgetMissing(ErrorKind.CONFLICT, "widgets.retired", id);
    }
}
