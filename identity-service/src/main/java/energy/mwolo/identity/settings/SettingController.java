package energy.mwolo.identity.settings;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * /api/core/settings/: read by anyone signed in (frontends show the company's name and currency), written with
 * {@code core:update}. {@code PUT /{key}/ {"value": ...}} takes the value as JSON text, number or boolean.
 */
@RestController
class SettingController {

    private final SystemSettings settings;
    private final ChangingSetting changing;

    SettingController(SystemSettings settings, ChangingSetting changing) {
        this.settings = settings;
        this.changing = changing;
    }

    @Operation(summary = "Lister les paramètres de la plateforme")
    @GetMapping({"/api/core/settings", "/api/core/settings/"})
    PageResponse<SettingResponse> list(PageQuery page) {
        List<SettingResponse> all = settings.all().stream().map(SettingResponse::from).toList();
        int from = (int) Math.min(page.offset(), all.size());
        return PageResponse.of(page, all.size(), all.subList(from, Math.min(from + page.limit(), all.size())));
    }

    @Operation(summary = "Consulter un paramètre")
    @GetMapping({"/api/core/settings/{key}", "/api/core/settings/{key}/"})
    SettingResponse get(@PathVariable String key) {
        Setting setting = Setting.byKey(key).orElseThrow(() -> new SettingNotFound(key));
        return SettingResponse.from(settings.get(setting));
    }

    @Operation(summary = "Changer un paramètre")
    @PutMapping({"/api/core/settings/{key}", "/api/core/settings/{key}/"})
    SettingResponse change(@PathVariable String key, @RequestBody @Valid SettingRequest request, CurrentUser user) {
        changing.change(key, request.value().isValueNode() ? request.value().asString() : null, user);
        return get(key);
    }

    /**
     * A setting's new value, checked against the setting's type and bounds.
     *
     * @param value a JSON string, number or boolean, by type: {@code text} (not blank, length bounded), {@code email},
     *              {@code currency} ({@code CDF} or {@code USD}), {@code percent} (within bounds, at most 2 decimals),
     *              {@code integer} (within bounds), {@code time} ({@code HH:mm}), {@code boolean}
     */
    record SettingRequest(@NotNull JsonNode value) {
    }

    /**
     * A platform setting and its current value: the value someone set, else the default.
     *
     * @param key          the setting's key, e.g. {@code vat_rate}, {@code default_currency}, {@code late_hour}
     * @param type         the type of its value: {@code text}, {@code email}, {@code currency}, {@code percent},
     *                     {@code integer}, {@code time} or {@code boolean}
     * @param value        the current value: a JSON number for an integer, a boolean for a boolean, else a string (a
     *                     percent as {@code "16.00"}, a time as {@code "09:00"}, a currency as {@code "CDF"})
     * @param defaultValue the value that applies when nobody set one, as a string
     * @param description  what the setting means, in French
     * @param updatedAt    when someone last set it, ISO-8601 UTC; null when nobody ever did (the default applies)
     * @param updatedBy    the account that last set it; null when nobody ever did
     */
    record SettingResponse(String key, String type, Object value, String defaultValue, String description,
                           Instant updatedAt, UUID updatedBy) {

        static SettingResponse from(SystemSettings.SettingValue value) {
            Setting setting = value.setting();
            return new SettingResponse(setting.key(), setting.kind().code(), setting.kind().typed(value.value()),
                    setting.defaultValue(), setting.description(), value.updatedAt(), value.updatedBy());
        }
    }
}
