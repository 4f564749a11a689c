package energy.mwolo.identity.settings;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class InvalidSettingValue extends DomainException {

    InvalidSettingValue(Setting setting) {
        super(ErrorKind.INVALID, "settings.invalid." + setting.kind().code(), "value", setting.min(), setting.max());
    }
}
