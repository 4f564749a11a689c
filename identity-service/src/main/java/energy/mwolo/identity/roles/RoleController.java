package energy.mwolo.identity.roles;

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

/** The permission matrix: read with {@code accounts:read}, written by super administrators. */
@RestController
class RoleController {

    private static final String READ = "accounts:read";

    private final RoleMatrix matrix;
    private final EditingRolePermissions editing;

    RoleController(RoleMatrix matrix, EditingRolePermissions editing) {
        this.matrix = matrix;
        this.editing = editing;
    }

    @Operation(summary = "Lister les rôles")
    @GetMapping({"/api/accounts/roles", "/api/accounts/roles/"})
    PageResponse<RoleResponse> list(PageQuery page, CurrentUser user) {
        user.require(READ);
        List<RoleResponse> roles = matrix.all().stream().map(RoleResponse::from).toList();
        int from = (int) Math.min(page.offset(), roles.size());
        return PageResponse.of(page, roles.size(),
                roles.subList(from, Math.min(from + page.limit(), roles.size())));
    }

    @Operation(summary = "Consulter un rôle et ses permissions")
    @GetMapping({"/api/accounts/roles/{code}", "/api/accounts/roles/{code}/"})
    RoleResponse get(@PathVariable String code, CurrentUser user) {
        user.require(READ);
        return RoleResponse.from(matrix.of(role(code)));
    }

    @Operation(summary = "Remplacer les permissions d'un rôle")
    @PutMapping({"/api/accounts/roles/{code}", "/api/accounts/roles/{code}/"})
    RoleResponse replace(@PathVariable String code, @RequestBody @Valid RolePermissionsRequest request,
                         CurrentUser user) {
        Role role = role(code);
        editing.replace(role, request.permissions(), user);
        return RoleResponse.from(matrix.of(role));
    }

    @Operation(summary = "Lister les permissions existantes")
    @GetMapping({"/api/accounts/permissions", "/api/accounts/permissions/"})
    PermissionCatalog permissions(CurrentUser user) {
        user.require(READ);
        return new PermissionCatalog(Permission.MODULES, Permission.ACTIONS,
                Permission.all().stream().map(Permission::toString).toList());
    }

    private static Role role(String code) {
        try {
            return Role.parse(code, null);
        } catch (UnknownRole e) {
            throw new RoleNotFound(code);
        }
    }

    record RolePermissionsRequest(@NotNull List<@NotNull String> permissions) {
    }

    record RoleResponse(String code, String name, List<String> permissions, Instant updatedAt, UUID updatedBy) {

        static RoleResponse from(RoleMatrix.RoleEntry entry) {
            return new RoleResponse(entry.role().name(), entry.name(),
                    entry.permissions().stream().map(Permission::toString).toList(), entry.updatedAt(),
                    entry.updatedBy());
        }
    }

    record PermissionCatalog(List<String> modules, List<String> actions, List<String> permissions) {
    }
}
