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

    record SettingRequest(@NotNull JsonNode value) {
    }

    record SettingResponse(String key, String type, Object value, String defaultValue, String description,
                           Instant updatedAt, UUID updatedBy) {

        static SettingResponse from(SystemSettings.SettingValue value) {
            Setting setting = value.setting();
            return new SettingResponse(setting.key(), setting.kind().code(), setting.kind().typed(value.value()),
                    setting.defaultValue(), setting.description(), value.updatedAt(), value.updatedBy());
        }
    }
}
