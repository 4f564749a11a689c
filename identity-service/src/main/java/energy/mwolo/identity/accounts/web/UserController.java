package energy.mwolo.identity.accounts.web;

import energy.mwolo.identity.accounts.application.BrowsingUsers;
import energy.mwolo.identity.accounts.application.ChangingAccountStatus;
import energy.mwolo.identity.accounts.application.ChangingRole;
import energy.mwolo.identity.accounts.application.CreatingUser;
import energy.mwolo.identity.accounts.application.RevisingUser;
import energy.mwolo.identity.accounts.application.UserQuery;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Accounts: filters {@code role}, {@code status}, {@code agency}, {@code search}, {@code ordering}. */
@RestController
@RequestMapping("/api/accounts/users")
class UserController {

    private static final String PATH = "/api/accounts/users/";

    private final BrowsingUsers browsing;
    private final CreatingUser creating;
    private final RevisingUser revising;
    private final ChangingRole roles;
    private final ChangingAccountStatus status;

    UserController(BrowsingUsers browsing, CreatingUser creating, RevisingUser revising, ChangingRole roles,
                   ChangingAccountStatus status) {
        this.browsing = browsing;
        this.creating = creating;
        this.revising = revising;
        this.roles = roles;
        this.status = status;
    }

    @Operation(summary = "Lister les comptes utilisateurs")
    @GetMapping({"", "/"})
    PageResponse<UserResponse> list(@RequestParam(required = false) String role,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) UUID agency,
                                    @RequestParam(required = false) String search,
                                    @RequestParam(required = false) String ordering,
                                    PageQuery page, CurrentUser user) {
        UserQuery query = browsing.query(role, status, agency, search, ordering, user);
        return PageResponse.of(page, browsing.count(query), browsing.find(query, page.offset(), page.limit()))
                .map(UserResponse::from);
    }

    @Operation(summary = "Consulter un compte utilisateur")
    @GetMapping({"/{id}", "/{id}/"})
    UserResponse get(@PathVariable UUID id, CurrentUser user) {
        return UserResponse.from(browsing.show(id, user));
    }

    @Operation(summary = "Créer un compte utilisateur")
    @PostMapping({"", "/"})
    ResponseEntity<UserResponse> create(@RequestBody @Valid UserRequests.Create request, CurrentUser user) {
        UUID id = creating.create(request.account(), user).value();
        return ResponseEntity.created(URI.create(PATH + id + "/")).body(get(id, user));
    }

    @Operation(summary = "Modifier un compte utilisateur")
    @PatchMapping({"/{id}", "/{id}/"})
    UserResponse change(@PathVariable UUID id, @RequestBody JsonNode request, CurrentUser user) {
        revising.revise(new UserId(id), UserRequests.changes(request), user);
        return get(id, user);
    }

    @Operation(summary = "Attribuer un rôle à un compte")
    @PostMapping({"/{id}/role", "/{id}/role/"})
    UserResponse assignRole(@PathVariable UUID id, @RequestBody @Valid UserRequests.RoleAssignment request,
                            CurrentUser user) {
        roles.assign(new UserId(id), request.role(), user);
        return get(id, user);
    }

    /** Accounts are never deleted (other services and the audit log refer to them): they are disabled. */
    @Operation(summary = "Désactiver un compte")
    @PostMapping({"/{id}/disable", "/{id}/disable/"})
    UserResponse disable(@PathVariable UUID id, CurrentUser user) {
        status.disable(new UserId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Réactiver un compte")
    @PostMapping({"/{id}/enable", "/{id}/enable/"})
    UserResponse enable(@PathVariable UUID id, CurrentUser user) {
        status.enable(new UserId(id), user);
        return get(id, user);
    }

    @Operation(summary = "Déverrouiller un compte bloqué par des échecs de connexion")
    @PostMapping({"/{id}/unlock", "/{id}/unlock/"})
    UserResponse unlock(@PathVariable UUID id, CurrentUser user) {
        status.unlock(new UserId(id), user);
        return get(id, user);
    }
}
