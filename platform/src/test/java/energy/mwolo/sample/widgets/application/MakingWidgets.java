package energy.mwolo.sample.widgets.application;

import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.sample.widgets.model.WidgetFrozen;
import energy.mwolo.sample.widgets.model.WidgetMissing;
import energy.mwolo.sample.widgets.model.WidgetRefused;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Throws problems that take their code from here, one of them built at run time (not listed); requires a permission
 * directly and one through a lambda, and only tests another.
 */
public class MakingWidgets {

    public String make(CurrentUser user, String name, int count, boolean frozen) {
        user.require(WidgetPermissions.CREATE);
        if (frozen) {
            throw new WidgetFrozen();
        }
        if (name.isBlank()) {
            throw new WidgetRefused("widgets.name_taken", "name");
        }
        if (count > 10) {
            throw new WidgetRefused("widgets.too_many", 10);
        }
        if (!user.can(WidgetPermissions.READ)) {
            throw new WidgetRefused("widgets." + name.toLowerCase(Locale.ROOT), "name");
        }
        return approved(() -> {
            user.require(WidgetPermissions.APPROVE);
            return name;
        });
    }

    public String show(CurrentUser user, String name) {
        if (name.isEmpty()) {
            throw new WidgetMissing(ErrorKind.NOT_FOUND, name);
        }
        return user.can(WidgetPermissions.READ) ? name : "";
    }

    private static String approved(Supplier<String> approval) {
        return approval.get();
    }
}
