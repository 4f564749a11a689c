package energy.mwolo.identity.accounts.web;

import energy.mwolo.identity.accounts.application.BrowsingUsers;
import energy.mwolo.identity.accounts.application.UserView;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account, with the roles and permissions their token carries. */
@RestController
class MeController {

    private final BrowsingUsers browsing;

    MeController(BrowsingUsers browsing) {
        this.browsing = browsing;
    }

    @Operation(summary = "Consulter son propre compte (profil, rôle, permissions)")
    @GetMapping({"/api/auth/me", "/api/auth/me/"})
    MeResponse me(CurrentUser user) {
        return MeResponse.of(browsing.me(user), user.permissions().stream().sorted().toList());
    }

    record MeResponse(UUID id, String email, String firstName, String lastName, String postName, String phone,
                      String role, UUID agency, UUID client, UUID employee, String status, Instant lastLogin,
                      Instant createdAt, boolean emailConfirmed, String pendingEmail, List<String> permissions) {

        static MeResponse of(UserView view, List<String> permissions) {
            return new MeResponse(view.id(), view.email(), view.firstName(), view.lastName(), view.postName(),
                    view.phone(), view.role(), view.agency(), view.client(), view.employee(), view.status(),
                    view.lastLoginAt(), view.createdAt(), view.emailConfirmed(), view.pendingEmail(), permissions);
        }
    }
}
