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

    /**
     * The signed-in caller's own account as stored now, with the permissions their current access token carries.
     *
     * @param id             the account's id, the {@code sub} of its access tokens
     * @param email          the address the person signs in with, in lower case
     * @param firstName      the person's first name
     * @param lastName       the person's last name
     * @param postName       the Congolese post-nom; null when none was given
     * @param phone          the person's phone number as given; null when none
     * @param role           the account's role: {@code SUPER_ADMIN}, {@code ADMIN}, {@code HR}, {@code ACCOUNTANT},
     *                       {@code OPERATIONS}, {@code SALES_AGENT}, {@code EMPLOYEE} or {@code CLIENT}
     * @param agency         the geo-service agency the account belongs to; null when none
     * @param client         the CRM client the account acts for (a customer's own records); null when none
     * @param employee       the HR employee the account belongs to; null when none
     * @param status         {@code active}, {@code locked} (too many wrong passwords for this email: addresses that
     *                       have not signed in to it lately wait longer after a wrong one; the holder is not refused)
     *                       or {@code disabled}
     * @param lastLogin      when the person last signed in, ISO-8601 UTC; null before the first sign-in
     * @param createdAt      when the account was opened, ISO-8601 UTC
     * @param emailConfirmed whether {@code email} is confirmed: through a mailed link, or by the administrator who set
     *                       the first password
     * @param pendingEmail   a new address waiting to be confirmed through the link mailed to it, then to replace
     *                       {@code email}; null when none is pending
     * @param permissions    what the caller's access token allows, as {@code module:action} (e.g. {@code crm:read}),
     *                       sorted alphabetically; a change of role or of the role's rights shows from the next token
     */
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
