package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.authentication.model.RefreshTokens;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the session a refresh token belongs to: its whole family is revoked. Only the caller's own sessions; an
 * unknown or foreign token changes nothing and is answered the same. The access token lives on until it expires.
 */
@Service
public class LoggingOut {

    private final RefreshTokens tokens;
    private final Clock clock;

    LoggingOut(RefreshTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public void logOut(String refreshToken, CurrentUser user) {
        tokens.byHash(SecretTokens.hash(refreshToken))
                .filter(token -> token.userId().equals(user.userId()))
                .ifPresent(token -> tokens.revokeFamily(token.familyId(), RevocationReason.LOGOUT, clock.instant()));
    }
}
