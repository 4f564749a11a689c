package energy.mwolo.identity.tokens.web;

import energy.mwolo.identity.tokens.application.ActiveKeys;
import energy.mwolo.identity.tokens.application.RotatingSigningKeys;
import energy.mwolo.identity.tokens.model.KeyRing;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signing keys' life ({@code core:read}) and an immediate rotation ({@code core:update}). */
@RestController
class SigningKeyController {

    private final ActiveKeys keys;
    private final RotatingSigningKeys rotating;
    private final Clock clock;

    SigningKeyController(ActiveKeys keys, RotatingSigningKeys rotating, Clock clock) {
        this.keys = keys;
        this.rotating = rotating;
        this.clock = clock;
    }

    @Operation(summary = "Lister les clés de signature des jetons")
    @GetMapping({"/api/core/signing-keys", "/api/core/signing-keys/"})
    List<KeyResponse> list(CurrentUser user) {
        user.require("core:read");
        KeyRing ring = keys.ring();
        Instant now = clock.instant();
        return ring.versions().stream()
                .map(version -> new KeyResponse(version.kid(), ring.state(version, now).code(), version.activeFrom(),
                        ring.retiredAt(version, now).orElse(null)))
                .toList();
    }

    @Operation(summary = "Faire tourner la clé de signature des jetons")
    @PostMapping({"/api/core/signing-keys/rotate", "/api/core/signing-keys/rotate/"})
    @ResponseStatus(HttpStatus.CREATED)
    KeyResponse rotate(CurrentUser user) {
        String kid = rotating.rotateNow(user);
        return list(user).stream().filter(key -> key.kid().equals(kid)).findFirst().orElseThrow();
    }

    record KeyResponse(String kid, String state, Instant activeFrom, Instant retiredAt) {
    }
}
