package energy.mwolo.identity.settings;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class SettingNotFound extends DomainException {

    SettingNotFound(String key) {
        super(ErrorKind.NOT_FOUND, "settings.not_found", null, key);
    }
}
