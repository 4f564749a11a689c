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

    /**
     * A key that signs access tokens, and where it is in its life. The list comes in order of activation, oldest first;
     * a retired key leaves it once no token it signed can still be valid.
     *
     * @param kid        the key's id, as in the {@code kid} header of the tokens it signs and in the JWKS: the UTC date
     *                   it starts signing ({@code yyyyMMdd}), a dash and 12 hexadecimal digits
     * @param state      {@code pending} (published, not signing yet), {@code signing} (signs every new token) or
     *                   {@code retired} (signs nothing more; its tokens verify until they expire)
     * @param activeFrom when the key starts or started signing, ISO-8601 UTC
     * @param retiredAt  when the next key took over, ISO-8601 UTC; null while the key is not retired
     */
    record KeyResponse(String kid, String state, Instant activeFrom, Instant retiredAt) {
    }
}
