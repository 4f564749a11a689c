package energy.mwolo.platform.security;

import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** Verified access tokens as the resource server hands them over, for tests that need no signature. */
final class Tokens {

    private Tokens() {
    }

    static Jwt.Builder forUser(UUID userId) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject(userId.toString());
    }
}
