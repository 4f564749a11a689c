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

    /**
     * The complete new set of permissions of a role, replacing the current one. Only super administrators may send it,
     * and the {@code SUPER_ADMIN} role cannot be changed. Tokens already issued keep their permissions until they
     * expire.
     *
     * @param permissions {@code module:action} codes (e.g. {@code billing:approve}) from
     *                    {@code /api/accounts/permissions/}; an unknown one is refused, an empty list takes every right
     *                    away
     */
    record RolePermissionsRequest(@NotNull List<@NotNull String> permissions) {
    }

    /**
     * A role and what an account of that role may do.
     *
     * @param code        the role's code: {@code SUPER_ADMIN}, {@code ADMIN}, {@code HR}, {@code ACCOUNTANT},
     *                    {@code OPERATIONS}, {@code SALES_AGENT}, {@code EMPLOYEE} or {@code CLIENT}
     * @param name        the role's name for people, in French (e.g. {@code Agent commercial})
     * @param permissions the role's {@code module:action} permissions, by module then action in the order of
     *                    {@code /api/accounts/permissions/}
     * @param updatedAt   when the role's permissions were last replaced (or seeded), ISO-8601 UTC
     * @param updatedBy   the account of the super administrator who last replaced them; null when nobody has since they
     *                    were seeded
     */
    record RoleResponse(String code, String name, List<String> permissions, Instant updatedAt, UUID updatedBy) {

        static RoleResponse from(RoleMatrix.RoleEntry entry) {
            return new RoleResponse(entry.role().name(), entry.name(),
                    entry.permissions().stream().map(Permission::toString).toList(), entry.updatedAt(),
                    entry.updatedBy());
        }
    }

    /**
     * Every permission there is: each module combined with each action.
     *
     * @param modules     the modules, in this order: {@code core}, {@code geo}, {@code agencies}, {@code accounts},
     *                    {@code hr}, {@code crm}, {@code billing}, {@code operations}, {@code support}, {@code cms},
     *                    {@code audit}
     * @param actions     the actions, in this order: {@code create}, {@code read}, {@code update}, {@code delete},
     *                    {@code export}, {@code approve}
     * @param permissions every {@code module:action}, by module then action
     */
    record PermissionCatalog(List<String> modules, List<String> actions, List<String> permissions) {
    }
}
