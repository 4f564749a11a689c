package energy.mwolo.sample.widgets.web;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.sample.widgets.application.MakingWidgets;

/** Stands for the feature's controller: its package names the feature {@code widgets}; access is its use case's. */
public class WidgetController {

    private final MakingWidgets making = new MakingWidgets();

    public String create(CurrentUser user, String name) {
        return making.make(user, name, 1, false);
    }

    public String show(CurrentUser user, String name) {
        return making.show(user, name);
    }
}
