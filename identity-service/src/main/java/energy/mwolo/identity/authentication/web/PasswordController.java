package energy.mwolo.identity.authentication.web;

import energy.mwolo.identity.authentication.application.ChangingPassword;
import energy.mwolo.identity.authentication.application.RequestingPasswordReset;
import energy.mwolo.identity.authentication.application.ResettingPassword;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change (signed in, with the current password) and reset (public: request a mailed token, then confirm with it).
 * A reset request is answered 202 whether or not the email names an account.
 */
@RestController
@RequestMapping("/api/auth/password")
class PasswordController {

    private final ChangingPassword changing;
    private final RequestingPasswordReset requesting;
    private final ResettingPassword resetting;

    PasswordController(ChangingPassword changing, RequestingPasswordReset requesting, ResettingPassword resetting) {
        this.changing = changing;
        this.requesting = requesting;
        this.resetting = resetting;
    }

    @Operation(summary = "Changer son mot de passe")
    @PostMapping({"/change", "/change/"})
    SessionResponse change(@RequestBody @Valid AuthRequests.ChangePassword request, CurrentUser user,
                           HttpServletRequest http) {
        return SessionResponse.from(changing.change(request.oldPassword(), request.newPassword(), user,
                http.getRemoteAddr()));
    }

    @Operation(summary = "Demander la réinitialisation d'un mot de passe oublié")
    @PostMapping({"/reset", "/reset/"})
    ResponseEntity<Void> requestReset(@RequestBody @Valid AuthRequests.ResetRequest request) {
        requesting.request(request.email());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Choisir un nouveau mot de passe avec le code reçu")
    @PostMapping({"/reset/confirm", "/reset/confirm/"})
    ResponseEntity<Void> confirmReset(@RequestBody @Valid AuthRequests.ResetConfirmation request) {
        resetting.reset(request.token(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
