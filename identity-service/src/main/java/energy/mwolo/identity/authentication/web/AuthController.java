package energy.mwolo.identity.authentication.web;

import energy.mwolo.identity.authentication.application.LoggingIn;
import energy.mwolo.identity.authentication.application.LoggingOut;
import energy.mwolo.identity.authentication.application.RefreshingSession;
import energy.mwolo.platform.apidocs.AnswersProblem;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.InvalidRequestParameter;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in and refresh are public; logout needs the access token of the session it ends. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final LoggingIn loggingIn;
    private final RefreshingSession refreshing;
    private final LoggingOut loggingOut;

    AuthController(LoggingIn loggingIn, RefreshingSession refreshing, LoggingOut loggingOut) {
        this.loggingIn = loggingIn;
        this.refreshing = refreshing;
        this.loggingOut = loggingOut;
    }

    @Operation(summary = "Se connecter (jetons d'accès et de rafraîchissement)")
    @AnswersProblem(status = 403, codes = "auth.account_disabled")
    @PostMapping({"/login", "/login/"})
    SessionResponse login(@RequestBody @Valid AuthRequests.Login request, HttpServletRequest http) {
        if (request.identifier() == null || request.identifier().isBlank()) {
            throw new InvalidRequestParameter("email", "request.required");
        }
        return SessionResponse.from(loggingIn.logIn(request.identifier(), request.password(), http.getRemoteAddr()));
    }

    @Operation(summary = "Renouveler le jeton d'accès")
    @PostMapping({"/refresh", "/refresh/"})
    SessionResponse.Refreshed refresh(@RequestBody @Valid AuthRequests.Refresh request) {
        return SessionResponse.Refreshed.from(refreshing.refresh(request.refresh()));
    }

    @Operation(summary = "Se déconnecter (révoquer le jeton de rafraîchissement)")
    @PostMapping({"/logout", "/logout/"})
    ResponseEntity<Void> logout(@RequestBody @Valid AuthRequests.Refresh request, CurrentUser user) {
        loggingOut.logOut(request.refresh(), user);
        return ResponseEntity.noContent().build();
    }
}
