package energy.mwolo.identity.settings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The settings' current values: the stored one, or the default when nobody changed it. */
@Repository
public class SystemSettings {

    private final JdbcClient jdbc;

    SystemSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SettingValue> all() {
        Map<String, SettingValue> stored = jdbc.sql("select key, value, updated_at, updated_by from settings")
                .query((rs, row) -> new SettingValue(null, rs.getString("key"), rs.getString("value"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getObject("updated_by", UUID.class)))
                .list().stream().collect(Collectors.toMap(SettingValue::key, Function.identity()));
        return Arrays.stream(Setting.values())
                .map(setting -> {
                    SettingValue value = stored.get(setting.key());
                    return value == null ? new SettingValue(setting, setting.key(), setting.defaultValue(), null, null)
                            : new SettingValue(setting, setting.key(), value.value(), value.updatedAt(),
                                    value.updatedBy());
                })
                .toList();
    }

    public SettingValue get(Setting setting) {
        return all().stream().filter(value -> value.setting() == setting).findFirst().orElseThrow();
    }

    public boolean selfRegistrationOpen() {
        return Boolean.parseBoolean(get(Setting.SELF_REGISTRATION_OPEN).value());
    }

    void set(Setting setting, String canonical, UUID by, Instant at) {
        jdbc.sql("""
                insert into settings (key, value, updated_at, updated_by) values (?, ?, ?, ?)
                on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at,
                                                updated_by = excluded.updated_by""")
                .params(setting.key(), canonical, Timestamp.from(at), by)
                .update();
    }

    /** A setting's value as text in its canonical form; never changed when {@code updatedAt} is null. */
    public record SettingValue(Setting setting, String key, String value, Instant updatedAt, UUID updatedBy) {
    }
}
