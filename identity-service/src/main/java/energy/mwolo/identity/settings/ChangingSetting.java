package energy.mwolo.identity.settings;

import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes one setting: {@code core:update} (super administrators in the seeded matrix), a value of its type. */
@Service
public class ChangingSetting {

    private final SystemSettings settings;
    private final Clock clock;

    ChangingSetting(SystemSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void change(String key, String value, CurrentUser user) {
        user.require("core:update");
        Setting setting = Setting.byKey(key).orElseThrow(() -> new SettingNotFound(key));
        settings.set(setting, setting.canonical(value), user.userId(), clock.instant());
    }
}
